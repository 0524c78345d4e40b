import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { OpenAPIObject } from '@nestjs/swagger';
import { controllersOf, describeApi, loadPlatformConfig, routeContractProblems } from '@qaztech/platform';
import { StandaloneModule } from '../../apps/standalone/src/standalone.module';

/**
 * The API description of the whole system, as the standalone process serves it at `/docs-json`,
 * read from the code alone: Nest's preview mode builds the module graph without creating a
 * provider, so no database, queue or key is needed.
 */
export async function describeSystem(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(StandaloneModule.forRoot(loadPlatformConfig({})), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  try {
    const problems = routeContractProblems(controllersOf(app));
    if (problems.length > 0) throw new Error(`routes outside the API contract:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return describeApi(app);
  } finally {
    await app.close();
  }
}

/** The committed form of a description: the same document gives the same bytes. */
export const serializeDocument = (document: object): string => `${JSON.stringify(document, null, 2)}\n`;
