// Lint rules that hold the architecture: promises are awaited, switches are exhaustive, modules
// do not import each other in circles, and a bounded context never imports another one.
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const CONTEXTS = ['intake', 'review', 'registry', 'audit'];

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
  ['case'],
  ['calendar'],
  ['tasks'],
  ['screening', 'opinions'],
  ['meetings'],
  ['voting'],
  ['decisions'],
  ['deadlines'],
  ['case-file', 'intake-events', 'migrations'],
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

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', '*.config.js', '*.config.mjs'] },
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
);
