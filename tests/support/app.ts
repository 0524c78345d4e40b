import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock, createHttpApp, loadOrCreateDevKey, loadPlatformConfig, mintDevToken, PlatformConfig, Role } from '@qaztech/platform';
import { StandaloneModule } from '../../apps/standalone/src/standalone.module';

export interface TestApp {
  app: NestFastifyApplication;
  config: PlatformConfig;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The standalone application, as `npm start` runs it, on a free port of this machine; with a
 * clock, the domain reads the time from it.
 */
export async function startTestApp(overrides: Record<string, string> = {}, clock?: Clock): Promise<TestApp> {
  const config = loadPlatformConfig({ ...process.env, ...overrides });
  const app = await createHttpApp(StandaloneModule.forRoot(config, clock), { service: 'test', title: 'test', config });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, config, baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export interface TestUser {
  roles: Role[];
  agencyBin?: string;
  name?: string;
  subject?: string;
}

export async function tokenFor(user: TestUser, config = loadPlatformConfig()): Promise<string> {
  return mintDevToken(await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE), {
    roles: user.roles,
    agencyBin: user.agencyBin,
    name: user.name ?? 'Test User',
    subject: user.subject,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
}
