import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/*
 * Generated from openapi.json by \`npm run openapi\`; do not edit. The types of every path, its
 * parameters, bodies and answers, for openapi-fetch (tools/api-client/client.ts).
 */
`;

/** The TypeScript types of an API description, as openapi-typescript writes them. */
export async function clientSource(document: object): Promise<string> {
  // openapi-typescript takes the document as it would read it from a file: a plain JSON value.
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)) as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
