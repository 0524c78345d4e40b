import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, loadPlatformConfig } from '@qaztech/platform';
import { ReviewServiceModule } from '../../apps/review/src/review-service.module';
import { tokenFor } from '../support/app';
import { apiClient } from '../support/http-client';

jest.setTimeout(60_000);

// Who may call each review route is in tests/security/access-matrix.test.ts.

describe('the review service on its own', () => {
  let app: NestFastifyApplication;

  afterAll(async () => {
    await app?.close();
  });

  it('boots with only the review context and serves its routes', async () => {
    const config = loadPlatformConfig();
    app = await createHttpApp(ReviewServiceModule.forRoot(config), { service: 'review', title: 'review', config });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const api = apiClient(`http://127.0.0.1:${port}`);
    const secretary = await tokenFor({ roles: ['commission.secretary'] }, config);
    expect((await api('GET', '/review/queues/screening', { token: secretary })).status).toBe(200);
    expect((await api('GET', '/requests', { token: secretary })).status).toBe(404);
  });
});
