import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Clock, createHttpApp, loadOrCreateDevKey, loadPlatformConfig, mintDevToken, PlatformConfig, Role } from '@qaztech/platform';
import { ALL_CONTEXTS, StandaloneModule } from '../../apps/standalone/src/standalone.module';

export interface TestApp {
  app: NestFastifyApplication;
  config: PlatformConfig;
  baseUrl: string;
  /**
   * The database as its owner (DATABASE_URL), beside the application: for what a test inspects
   * across schemas or damages on purpose. The application itself connects as each context's role.
   */
  owner: DataSource;
  close(): Promise<void>;
}

/**
 * The standalone application, as `npm start` runs it, on a free port of this machine; with a
 * clock, the domain reads the time from it.
 */
export async function startTestApp(overrides: Record<string, string> = {}, clock?: Clock): Promise<TestApp> {
  const config = loadPlatformConfig({ ...process.env, ...overrides });
  const app = await createHttpApp(StandaloneModule.forRoot(config, clock), {
    service: 'test',
    title: 'test',
    config,
    contexts: ALL_CONTEXTS,
  });
  await app.listen(0, '127.0.0.1');
  const owner = await new DataSource({ type: 'postgres', url: config.DATABASE_URL, poolSize: 4 }).initialize();
  const address = app.getHttpServer().address() as { port: number };
  const close = async () => {
    await app.close();
    await owner.destroy();
  };
  return { app, config, baseUrl: `http://127.0.0.1:${address.port}`, owner, close };
}

export interface TestUser {
  roles: Role[];
  agencyBin?: string;
  name?: string;
  subject?: string;
  iin?: string;
}

export async function tokenFor(user: TestUser, config = loadPlatformConfig()): Promise<string> {
  return mintDevToken(await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE), {
    roles: user.roles,
    agencyBin: user.agencyBin,
    name: user.name ?? 'Test User',
    subject: user.subject,
    iin: user.iin,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
}
