import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientSource } from './client-source';
import { describeSystem, serializeDocument } from './describe-system';

const ROOT = join(__dirname, '..', '..');
const committedDocument = readFileSync(join(ROOT, 'openapi.json'), 'utf8');
const committedClient = readFileSync(join(ROOT, 'tools', 'api-client', 'api-schema.ts'), 'utf8');

interface Operation {
  operationId: string;
  parameters?: { in: string; name: string }[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
const document = JSON.parse(committedDocument) as { paths: Record<string, Record<string, Operation>> };
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
);

jest.setTimeout(60_000);

describe('openapi.json', () => {
  it('is what the code describes (run `npm run openapi` after changing a route)', async () => {
    expect(serializeDocument(await describeSystem())).toBe(committedDocument);
  });

  it('gives every operation a success answer with a body', () => {
    const untyped = operations
      .filter(({ operation }) => {
        const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        return (
          successes.length === 0 || successes.some(([, response]) => !Object.values(response.content ?? {}).some((media) => media.schema))
        );
      })
      .map(({ method, path }) => `${method} ${path}`);
    expect(untyped).toEqual([]);
  });

  it('gives every error answer the one error body', () => {
    const errorRefs = operations.flatMap(({ operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => Number(status) >= 400)
        .map(([, response]) => JSON.stringify(response.content?.['application/json']?.schema)),
    );
    expect(errorRefs.length).toBeGreaterThan(operations.length);
    expect(errorRefs.filter((schema) => !schema?.includes('"#/components/schemas/ErrorBodyView"'))).toEqual([]);
  });

  it('declares every parameter of every path', () => {
    const missing = operations.flatMap(({ path, method, operation }) =>
      [...path.matchAll(/\{(\w+)\}/g)]
        .map((match) => match[1]!)
        .filter((name) => !(operation.parameters ?? []).some((parameter) => parameter.in === 'path' && parameter.name === name))
        .map((name) => `${method} ${path}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('asks a token of every route but the public ones', () => {
    const open = operations.filter(({ operation }) => operation.security?.length === 0).map(({ path }) => path);
    expect(new Set(open)).toEqual(new Set(operations.map(({ path }) => path).filter((path) => path.startsWith('/public/'))));
  });
});

describe('the typed client (tools/api-client/api-schema.ts)', () => {
  it('is generated from the committed openapi.json (run `npm run openapi`)', async () => {
    expect(await clientSource(JSON.parse(committedDocument) as object)).toBe(committedClient);
  });

  it('has a typed answer for every operation', () => {
    expect(committedClient).not.toContain('content?: never');
    for (const { operation } of operations) expect(committedClient).toContain(`    ${operation.operationId}: {`);
  });
});
