// Lint rules that hold the architecture: promises are awaited, switches are exhaustive, modules
// do not import each other in circles, and a bounded context never imports another one.
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const CONTEXTS = ['intake', 'review', 'registry', 'audit', 'catalogue'];

/** Forbids importing `forbidden` contexts, by alias or by relative path. */
function forbidContexts(forbidden, message) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.flatMap((context) => [
          { group: [`@qaztech/${context}`, `@qaztech/${context}/*`], message },
          { group: [`**/libs/${context}/**`, `**/${context}/src/**`], message },
        ]),
      },
    ],
  };
}

/**
 * Review's layers, bottom first. A folder may import from the layers below it only: not from
 * a layer above, nor from a neighbour on its own layer. The case and its unit of work sit at the
 * bottom; timers are asked for through the unit of work, so the deadlines layer can sit on top.
 */
const REVIEW_LAYERS = [
  ['shared'],
  ['signing'],
  ['case'],
  ['calendar'],
  ['tasks'],
  ['screening', 'opinions'],
  ['meetings'],
  ['voting'],
  ['decisions'],
  ['deadlines'],
  ['case-file', 'intake-events', 'catalogue-events', 'migrations'],
];

function reviewLayerZones() {
  const root = './libs/review/src';
  return REVIEW_LAYERS.flatMap((layer, index) =>
    layer.map((folder) => {
      const above = REVIEW_LAYERS.slice(index + 1).flat();
      const neighbours = layer.filter((other) => other !== folder);
      const forbidden = [...neighbours, ...above];
      return {
        target: `${root}/${folder}`,
        from: [...forbidden.map((other) => `${root}/${other}`), `${root}/review.module.ts`, `${root}/index.ts`],
        message: `Review's layers depend only downward: ${folder} may not import ${forbidden.join(', ') || 'the module'}.`,
      };
    }),
  );
}

const DATABASE_CALLS =
  '/^(query|save|insert|update|upsert|delete|remove|softDelete|create|createQueryBuilder|find|findBy|findOne|findOneBy|findOneOrFail|findOneByOrFail|count|countBy|increment|decrement)$/';

/** ADR 0001 (docs/adr/0001-persistence-style.md), as syntax the linter can see. */
const PERSISTENCE_RULES = {
  outsideRepositories: [
    {
      selector: `CallExpression[callee.property.name=${DATABASE_CALLS}][callee.object.name=/^(manager|entityManager|dataSource)$/]`,
      message: 'Statements belong in a repository (writes, reads in a transaction) or a read model (*.query.ts): ADR 0001.',
    },
    {
      selector: `CallExpression[callee.property.name=${DATABASE_CALLS}][callee.object.property.name=/^(manager|dataSource)$/]`,
      message: 'Statements belong in a repository (writes, reads in a transaction) or a read model (*.query.ts): ADR 0001.',
    },
  ],
  inRepositories: [
    {
      selector: "MemberExpression[object.type='ThisExpression'][property.name='dataSource']",
      message: 'A repository works in the transaction its caller passes, never on a pool of its own: ADR 0001.',
    },
  ],
  everywhere: [
    {
      selector: "AssignmentPattern[left.typeAnnotation.typeAnnotation.typeName.name='EntityManager']",
      message: 'The transaction is a required parameter: a default would run the statement on the pool, outside it (ADR 0001).',
    },
    {
      selector: "CallExpression[callee.property.name='query'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
      message: 'SQL text runs through the query builder or a named prepared statement (preparedQuery): ADR 0001.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bench/results/**',
      '*.config.js',
      '*.config.mjs',
      'tools/api-client/api-schema.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  ...CONTEXTS.map((context) => ({
    files: [`libs/${context}/**/*.ts`, `apps/${context}/**/*.ts`],
    rules: forbidContexts(
      CONTEXTS.filter((other) => other !== context),
      `The ${context} context talks to other contexts only through events (@qaztech/contracts).`,
    ),
  })),
  {
    files: ['libs/review/src/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: reviewLayerZones() }] },
  },
  {
    // A use case that needs more than five collaborators does more than one thing: the change's
    // transaction, locks and outbox come from its context's unit of work.
    files: CONTEXTS.map((context) => `libs/${context}/src/**/*.use-case.ts`),
    rules: { '@typescript-eslint/max-params': ['error', { max: 5 }] },
  },
  {
    files: ['libs/platform/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: forbidContexts(CONTEXTS, 'Shared libraries never depend on a bounded context.'),
  },
  {
    files: ['libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@qaztech/platform', '**/libs/platform/**'],
              message: 'Contracts are plain types and rules; they depend on nothing.',
            },
            ...CONTEXTS.map((context) => ({ group: [`@qaztech/${context}`], message: 'Contracts never depend on a context.' })),
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // ADR 0001: writes only in repositories, each taking the caller's transaction. Use cases,
    // controllers and handlers hand the transaction on; read models (*.query.ts) read the pool.
    files: CONTEXTS.map((context) => `libs/${context}/src/**/*.ts`),
    // Migrations are reviewed SQL by nature: they run as the owner, outside the application.
    ignores: ['**/*.repository.ts', '**/*.query.ts', '**/migrations/**'],
    rules: { 'no-restricted-syntax': ['error', ...PERSISTENCE_RULES.outsideRepositories, ...PERSISTENCE_RULES.everywhere] },
  },
  {
    files: CONTEXTS.map((context) => `libs/${context}/src/**/*.repository.ts`),
    rules: { 'no-restricted-syntax': ['error', ...PERSISTENCE_RULES.inRepositories, ...PERSISTENCE_RULES.everywhere] },
  },
  {
    files: CONTEXTS.map((context) => `libs/${context}/src/**/*.query.ts`),
    rules: { 'no-restricted-syntax': ['error', ...PERSISTENCE_RULES.everywhere] },
  },
);
