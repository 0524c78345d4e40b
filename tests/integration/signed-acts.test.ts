import { DataSource } from 'typeorm';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { assessmentFor, completeRequest, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { commission, liveTask, meetingWithEveryone, reviewEvents } from '../support/review-flow';
import { COMMISSION_PERSON, PERSON, TestCertificationAuthority } from '../support/signature-ca';
import { cmsOf, documentFrom, expectEachRefused, refusalsFor, writtenSoFar } from '../support/signed-acts';

jest.setTimeout(120_000);

/**
 * Every signed act through HTTP with signatures required: each way a signature can be wrong is
 * refused with its code and writes nothing; the right signature is kept with the act and its
 * event. The CA is the test's own, with a real `openssl ocsp` responder.
 */
describe('signed acts: submission, opinions, decision, minutes and revocation', () => {
  let ca: TestCertificationAuthority;
  let testApp: TestApp;
  let api: Api;
  let owner: DataSource;
  const agency = { roles: ['agency.signatory' as const], agencyBin: PERSON.bin!, name: 'Айгерим Садыкова', subject: 'signed-signatory' };
  const staff = (
    role: 'commission.secretary' | 'commission.chair' | 'expert.technical' | 'expert.security' | 'expert.legal',
    subject: string,
  ) => ({
    roles: [role],
    name: 'Сотрудник Комиссии',
    subject,
  });

  beforeAll(async () => {
    ca = await new TestCertificationAuthority().start();
    testApp = await startTestApp({
      SIGNATURES_REQUIRED: 'true',
      SIGNATURE_TRUSTED_ROOTS: ca.path('root.pem'),
      SIGNATURE_COMMISSION_BIN: COMMISSION_PERSON.bin!,
      SIGNATURE_REVOCATION_TIMEOUT_MS: '3000',
    });
    api = apiClient(testApp.baseUrl);
    owner = testApp.owner;
  });

  afterAll(async () => {
    await testApp?.close();
    await ca?.stop();
  });

  const expected = (refusals: { name: string; status: number; code: string }[]) =>
    refusals.map((refusal) => `${refusal.name}: ${refusal.status} ${refusal.code}`);
  const good = (content: Buffer, side: 'agency' | 'commission') =>
    cmsOf(content, side === 'agency' ? ca.signers.rsa : ca.commissionSigners.rsa, [ca.intermediate]);

  it('signs each act, refusing every wrong signature with its code and writing nothing', async () => {
    const signatory = await tokenFor({ ...agency, iin: PERSON.iin });
    const otherSignatory = await tokenFor({ ...agency, iin: randomBin() });

    // The submission: the version as it stands, with its attachments' digests.
    const created = await api('POST', '/requests', { token: signatory, body: completeRequest(PERSON.bin!) });
    const requestId: string = created.body.id;
    for (const kind of ['feasibility_study', 'technical_specification']) {
      const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
      expect((await api('POST', `/requests/${requestId}/attachments`, { token: signatory, body: form })).status).toBe(201);
    }
    const submissionDocument = () => documentFrom(api, 'GET', `/requests/${requestId}/signing-document`, { token: signatory });
    const submit = (cms: string, token: string) => api('POST', `/requests/${requestId}/submit`, { token, body: { signature: { cms } } });
    const before = await writtenSoFar(owner);
    const etag = (await api('GET', `/requests/${requestId}`, { token: signatory })).headers.get('etag');
    const unsigned = await api('POST', `/requests/${requestId}/submit`, { token: signatory });
    expect([unsigned.status, unsigned.body.code]).toEqual([422, 'SIGNATURE_REQUIRED']);
    expect(await writtenSoFar(owner)).toEqual(before);
    const agencyRefusals = refusalsFor(ca, 'agency', otherSignatory);
    expect(await expectEachRefused(api, owner, agencyRefusals, { token: signatory, document: submissionDocument, send: submit })).toEqual(
      expected(agencyRefusals),
    );
    const draft = await api('GET', `/requests/${requestId}`, { token: signatory });
    expect([draft.body.status, draft.headers.get('etag')]).toEqual(['draft', etag]);

    // Signed, then changed: the signature is over what the request was, not what it is.
    const stale = good(await submissionDocument(), 'agency');
    const current = await api('GET', `/requests/${requestId}`, { token: signatory });
    const edited = await api('PATCH', `/requests/${requestId}`, {
      token: signatory,
      headers: { 'if-match': current.headers.get('etag')! },
      body: { budget: { amountKzt: '450000001' } },
    });
    expect(edited.status).toBe(200);
    const afterEdit = await writtenSoFar(owner);
    const changed = await submit(stale, signatory);
    expect([changed.status, changed.body.code]).toEqual([422, 'SIGNATURE_CONTENT_MISMATCH']);
    expect(await writtenSoFar(owner)).toEqual(afterEdit);

    const submitted = await submit(good(await submissionDocument(), 'agency'), signatory);
    expect(submitted.status).toBe(200);
    const [kept] = await owner.query(`SELECT * FROM intake.act_signatures WHERE request_id = $1`, [requestId]);
    expect(kept).toMatchObject({ act: 'request.submission', signer_iin: PERSON.iin, signer_bin: PERSON.bin, revocation_status: 'good' });
    expect(kept.cms.length).toBeGreaterThan(0);
    expect(kept.revocation_response.length).toBeGreaterThan(0);
    const [event] = (await owner.query(
      `SELECT envelope FROM intake.outbox WHERE event_type = 'request.submitted.v1' AND aggregate_id = $1`,
      [requestId],
    )) as { envelope: any }[];
    expect(event!.envelope.payload.signature).toMatchObject({
      act: 'request.submission',
      cmsDigest: kept.cms_digest,
      signer: { iin: PERSON.iin, bin: PERSON.bin },
    });

    // Screening is no legal act; the opinions are.
    const secretary = await tokenFor({ ...staff('commission.secretary', 'signed-secretary'), iin: COMMISSION_PERSON.iin });
    const screening = await liveTask(api, secretary, 'screening', requestId, 1);
    await api('POST', `/review/tasks/${screening.id}/claim`, { token: secretary });
    expect((await api('POST', `/review/tasks/${screening.id}/accept`, { token: secretary })).status).toBe(200);
    const commissionRefusals = (otherIinToken: string) => refusalsFor(ca, 'commission', otherIinToken);
    for (const [stage, role] of [
      ['technical', 'expert.technical'],
      ['security', 'expert.security'],
      ['legal', 'expert.legal'],
    ] as const) {
      const expert = await tokenFor({ ...staff(role, `signed-${stage}`), iin: COMMISSION_PERSON.iin });
      const task = await liveTask(api, expert, stage, requestId, 1);
      expect((await api('POST', `/review/tasks/${task.id}/claim`, { token: expert })).status).toBe(200);
      const opinion = { version: 1, verdict: 'supports', findings: `Заключение (${stage})`, ...assessmentFor(stage) };
      const document = () =>
        documentFrom(api, 'POST', `/review/tasks/${task.id}/opinion/signing-document`, { token: expert, body: opinion });
      const give = (cms: string, token: string) =>
        api('POST', `/review/tasks/${task.id}/opinion`, { token, body: { ...opinion, signature: { cms } } });
      if (stage === 'technical') {
        const refusals = commissionRefusals(await tokenFor({ ...staff(role, `signed-${stage}`), iin: randomBin() }));
        expect(await expectEachRefused(api, owner, refusals, { token: expert, document, send: give })).toEqual(expected(refusals));
      }
      expect((await give(good(await document(), 'commission'), expert)).status).toBe(201);
    }
    const opinions = await reviewEvents(owner, requestId, 'review.opinion_submitted.v1');
    expect(opinions.map((given) => given.payload.signature.signer.iin)).toEqual([
      COMMISSION_PERSON.iin,
      COMMISSION_PERSON.iin,
      COMMISSION_PERSON.iin,
    ]);

    // The decision, by the chair, on a closed item.
    const board = await commission(randomBin(), 'signed');
    const chair = await tokenFor({
      ...staff('commission.chair', 'signed-chair'),
      name: 'Председатель Комиссии',
      iin: COMMISSION_PERSON.iin,
    });
    const otherChair = await tokenFor({ ...staff('commission.chair', 'signed-chair'), iin: randomBin() });
    const meetingId = await meetingWithEveryone(api, secretary, board);
    const placed = await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } });
    const itemId: string = placed.body.id;
    for (const token of [board.chair, ...Object.values(board.members)]) {
      await api('POST', `/review/agenda-items/${itemId}/votes`, { token, body: { choice: 'for' } });
    }
    expect((await api('POST', `/review/agenda-items/${itemId}/close`, { token: chair, body: {} })).status).toBe(200);
    const validUntil = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    const decision = {
      outcome: 'approved',
      validUntil,
      reasoning: { kk: 'Негіздеме', ru: 'Обоснование' },
      chairPosition: 'Председатель Комиссии',
    };
    const decisionDocument = () =>
      documentFrom(api, 'POST', `/review/agenda-items/${itemId}/decision/signing-document`, { token: chair, body: decision });
    const issue = (cms: string, token: string) =>
      api('POST', `/review/agenda-items/${itemId}/decision`, { token, body: { ...decision, signature: { cms } } });
    const decisionRefusals = commissionRefusals(otherChair);
    expect(await expectEachRefused(api, owner, decisionRefusals, { token: chair, document: decisionDocument, send: issue })).toEqual(
      expected(decisionRefusals),
    );
    const issued = await issue(good(await decisionDocument(), 'commission'), chair);
    expect(issued.status).toBe(201);
    expect(issued.body.signature).toMatchObject({
      act: 'review.decision',
      signer: { iin: COMMISSION_PERSON.iin, bin: COMMISSION_PERSON.bin },
    });

    // The minutes, by the secretary, as they stand after the decision.
    const otherSecretary = await tokenFor({ ...staff('commission.secretary', 'signed-secretary'), iin: randomBin() });
    const minutesDocument = () => documentFrom(api, 'GET', `/review/meetings/${meetingId}/minutes/signing-document`, { token: secretary });
    const signMinutes = (cms: string, token: string) =>
      api('POST', `/review/meetings/${meetingId}/minutes/signature`, { token, body: { signature: { cms } } });
    const minutesRefusals = commissionRefusals(otherSecretary);
    expect(
      await expectEachRefused(api, owner, minutesRefusals, { token: secretary, document: minutesDocument, send: signMinutes }),
    ).toEqual(expected(minutesRefusals));
    const minutes = await signMinutes(good(await minutesDocument(), 'commission'), secretary);
    expect(minutes.status).toBe(200);
    expect(minutes.body.signerIin).toBe(COMMISSION_PERSON.iin);

    // The revocation of the exemption in force, by the chair.
    const decisionId: string = issued.body.decisionId;
    const revocation = { reasons: 'Условия не выполнены' };
    const revocationDocument = () =>
      documentFrom(api, 'POST', `/review/decisions/${decisionId}/revoke/signing-document`, { token: chair, body: revocation });
    const revoke = (cms: string, token: string) =>
      api('POST', `/review/decisions/${decisionId}/revoke`, { token, body: { ...revocation, signature: { cms } } });
    const revocationRefusals = commissionRefusals(otherChair);
    expect(await expectEachRefused(api, owner, revocationRefusals, { token: chair, document: revocationDocument, send: revoke })).toEqual(
      expected(revocationRefusals),
    );
    const revoked = await revoke(good(await revocationDocument(), 'commission'), chair);
    expect(revoked.status).toBe(200);
    const kinds = (await owner.query(`SELECT act FROM review.act_signatures WHERE request_id = $1 OR request_id IS NULL ORDER BY id`, [
      requestId,
    ])) as { act: string }[];
    expect(kinds.map((row) => row.act)).toEqual([
      'review.opinion',
      'review.opinion',
      'review.opinion',
      'review.decision',
      'review.minutes',
      'review.revocation',
    ]);
  });
});
