import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { opensslVerifyCommands } from '@qaztech/registry';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { completeRequest, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { publishedRecord } from '../support/registry-flow';
import { commission, meetingWithEveryone, readyForAgenda } from '../support/review-flow';
import { COMMISSION_PERSON, PERSON, TestCertificationAuthority } from '../support/signature-ca';
import { cmsOf, documentFrom } from '../support/signed-acts';

jest.setTimeout(120_000);

/**
 * Interoperability through the application: a submission signed by `openssl cms -sign` is taken,
 * and the chair's signature the register publishes verifies with the `openssl cms -verify`
 * commands the register page shows, against the CA's root; over other bytes it does not.
 */
describe('signatures: openssl signs a submission, and checks a published decision', () => {
  let ca: TestCertificationAuthority;
  let testApp: TestApp;
  let api: Api;
  let work: string;

  beforeAll(async () => {
    ca = await new TestCertificationAuthority().start();
    testApp = await startTestApp({
      SIGNATURES_REQUIRED: 'false',
      SIGNATURE_TRUSTED_ROOTS: ca.path('root.pem'),
      SIGNATURE_COMMISSION_BIN: COMMISSION_PERSON.bin!,
    });
    api = apiClient(testApp.baseUrl);
    work = mkdtempSync(join(tmpdir(), 'qaztech-published-'));
  });

  afterAll(async () => {
    await testApp?.close();
    await ca?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  // Asynchronously: curl calls this very process's server, which must keep serving meanwhile.
  const run = async (script: string) => (await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], { cwd: work })).stdout;

  it('takes an openssl-signed submission, publishes the signed decision, and openssl verifies it as the page says', async () => {
    const signatory = await tokenFor({
      roles: ['agency.signatory'],
      agencyBin: PERSON.bin!,
      iin: PERSON.iin,
      subject: 'interop-signatory',
    });
    const created = await api('POST', '/requests', { token: signatory, body: completeRequest(PERSON.bin!) });
    const requestId: string = created.body.id;
    for (const kind of ['feasibility_study', 'technical_specification']) {
      const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
      await api('POST', `/requests/${requestId}/attachments`, { token: signatory, body: form });
    }
    writeFileSync(
      join(work, 'submission.json'),
      await documentFrom(api, 'GET', `/requests/${requestId}/signing-document`, { token: signatory }),
    );
    await run(
      `openssl cms -sign -binary -outform DER -md sha256 -in submission.json -signer ${ca.path('signer.pem')} -inkey ${ca.path('signer.key')} ` +
        `-certfile ${ca.path('intermediate.pem')} -out submission.cms`,
    );
    const cms = readFileSync(join(work, 'submission.cms')).toString('base64');
    // Not required here, yet a signature that is sent is verified: unreadable is refused, with NCALayer's line breaks it is not.
    const malformed = await api('POST', `/requests/${requestId}/submit`, { token: signatory, body: { signature: { cms: 'not a CMS!' } } });
    expect([malformed.status, malformed.body.code]).toEqual([400, 'SIGNATURE_MALFORMED']);
    const submitted = await api('POST', `/requests/${requestId}/submit`, {
      token: signatory,
      body: { signature: { cms: cms.replace(/(.{76})/g, '$1\r\n') } },
    });
    expect(submitted.status).toBe(200);

    // Unsigned opinions pass while signatures are not required; the chair signs the decision.
    const secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'interop-secretary' });
    await readyForAgenda(api, secretary, requestId);
    const board = await commission(PERSON.bin!, 'interop');
    const meetingId = await meetingWithEveryone(api, secretary, board);
    const itemId: string = (await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } })).body.id;
    for (const token of [board.chair, ...Object.values(board.members)]) {
      await api('POST', `/review/agenda-items/${itemId}/votes`, { token, body: { choice: 'for' } });
    }
    await api('POST', `/review/agenda-items/${itemId}/close`, { token: board.chair, body: {} });
    const decision = {
      outcome: 'approved',
      validUntil: '2040-12-31',
      reasoning: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.' },
      chairPosition: 'Председатель Комиссии',
    };
    const document = await documentFrom(api, 'POST', `/review/agenda-items/${itemId}/decision/signing-document`, {
      token: board.chair,
      body: decision,
    });
    const signature = { cms: cmsOf(document, ca.commissionSigners.rsa, [ca.intermediate]) };
    const issued = await api('POST', `/review/agenda-items/${itemId}/decision`, { token: board.chair, body: { ...decision, signature } });
    expect(issued.status).toBe(201);

    const published = await publishedRecord(api, issued.body.decisionNumber);
    expect(published.record.qualifiedSignature).toMatchObject({
      signer: { iin: COMMISSION_PERSON.iin, bin: COMMISSION_PERSON.bin, commonName: COMMISSION_PERSON.commonName },
      content: document.toString('base64'),
    });
    const page = await api('GET', `/register/${issued.body.decisionNumber}?lang=ru`);
    expect(page.body).toContain('ЭЦП председателя Комиссии');
    expect(page.body).toContain('Печать реестра на опубликованной копии');
    expect(page.body).toContain(COMMISSION_PERSON.commonName);
    expect(page.body).toContain('openssl cms -verify');

    // The page's commands, with this register's address and the test CA's root in place of NCA RK's.
    const commands = opensslVerifyCommands(issued.body.decisionNumber, testApp.baseUrl, ca.path('root.pem'));
    expect(await run(`${commands} 2>&1`)).toContain('Verification successful');
    writeFileSync(join(work, 'decision.json'), Buffer.concat([readFileSync(join(work, 'decision.json')), Buffer.from(' ')]));
    await expect(run(commands.split('\n').at(-1)!)).rejects.toThrow();
  });
});
