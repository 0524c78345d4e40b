import { randomUUID } from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import { DataSource, QueryRunner } from 'typeorm';
import { canonicalJson } from '@qaztech/platform';
import { openNote, parseCheckpoint, verifierFromKey, verifyInclusion } from '@qaztech/audit';
import { PublicationAnchoredHandler } from '../../libs/registry/src/publishing/publication-anchored.handler';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { almatyToday, assessmentFor, completeRequest, eventually, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { Board, board, decideReady, decideRequest, publishedRecord } from '../support/registry-flow';
import { EXPERT_ROLES, liveTask } from '../support/review-flow';

jest.setTimeout(120_000);

describe('registry: publishing decisions', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let commission: Board;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    commission = await board('pub');
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await testApp.close();
  });

  it('publishes an issued decision as a record signed with a key of the JWKS', async () => {
    const agencyBin = randomBin();
    const decided = await decideRequest(api, commission, agencyBin, {
      decision: {
        outcome: 'approved_with_conditions',
        conditions: [{ text: 'Пройти аттестацию', owner: 'Заявитель', dueDate: '2035-06-30' }],
        reasoning: { kk: 'Негіздеме', ru: 'Обоснование', en: 'Reasons' },
      },
    });
    const body = await publishedRecord(api, decided.decisionNumber);
    expect(body.record).toEqual({
      recordNumber: decided.decisionNumber,
      kind: 'decision',
      correctionOf: null,
      decisionNumber: decided.decisionNumber,
      registrationNumber: expect.stringMatching(/^QTX-\d{4}-\d{6}$/),
      applicant: { bin: agencyBin, nameKk: expect.any(String), nameRu: 'Министерство цифрового развития Республики Казахстан' },
      system: { titleKk: 'Мемлекеттік құпияларды есепке алу жүйесі', titleRu: expect.any(String), titleEn: null },
      reasonCategories: ['state_secrets'],
      dataCategories: ['restricted_personal_data', 'dsp'],
      budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget' },
      outcome: 'approved_with_conditions',
      conditions: [{ text: 'Пройти аттестацию', owner: 'Заявитель', dueDate: '2035-06-30' }],
      validUntil: '2040-12-31',
      meeting: { date: almatyToday(), protocolNumber: expect.any(String) },
      texts: { kk: 'Негіздеме', ru: 'Обоснование', en: 'Reasons' },
      signedBy: { name: 'Председатель Комиссии', position: 'Председатель Комиссии' },
      decidedAt: expect.any(String),
      publishedAt: expect.any(String),
      exemptionInForce: true,
      revocation: null,
      capabilitiesFoundMissing: [],
    });
    expect(body).toMatchObject({
      supersededBy: null,
      sequence: expect.any(Number),
      links: { self: `/public/decisions/${decided.decisionNumber}` },
    });

    const jwks = (await api('GET', '/public/jwks.json')).body;
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: body.kid, alg: 'EdDSA' });
    const verified = await compactVerify(body.jws, createLocalJWKSet(jwks));
    expect(verified.protectedHeader).toMatchObject({ alg: 'EdDSA', kid: body.kid });
    expect(new TextDecoder().decode(verified.payload)).toBe(canonicalJson(body.record));

    const [published] = await eventually(async () => {
      const rows = (await dataSource.query(`SELECT envelope FROM registry.outbox WHERE aggregate_id = $1`, [decided.requestId])) as any[];
      return rows.length > 0 ? rows : undefined;
    });
    expect(published.envelope).toMatchObject({
      type: 'decision.published.v2',
      payload: { decisionId: decided.decisionId, sequence: body.sequence, record: body.record, jws: body.jws, kid: body.kid },
    });
  });

  it('anchors each published record in a signed checkpoint of the ledger, which proves the record is in it', async () => {
    const decided = await decideRequest(api, commission, randomBin());
    const record = await publishedRecord(api, decided.decisionNumber);
    const [published] = (await dataSource.query(`SELECT published_event_id, id FROM registry.publications WHERE sequence = $1`, [
      record.sequence,
    ])) as { published_event_id: string; id: string }[];
    const anchored = await eventually(async () => {
      const answer = await api('GET', `/public/decisions/${decided.decisionNumber}`);
      return answer.body.anchor ?? undefined;
    }, 15_000);

    const auditor = await tokenFor({ roles: ['auditor'] });
    const verifierKeys = (await api('GET', '/audit/log/key', { token: auditor })).body.trim().split('\n');
    const checkpoint = parseCheckpoint(openNote(anchored.checkpoint, verifierKeys.map(verifierFromKey)).text);
    expect(checkpoint.size).toBe(anchored.treeSize);
    expect(checkpoint.rootHash.toString('hex')).toBe(anchored.rootHash);

    const entry = await api('GET', `/audit/entries/${anchored.leafIndex}`, { token: auditor });
    expect(entry.body).toMatchObject({ eventId: published!.published_event_id, type: 'decision.published.v2' });
    expect(entry.body.payload).toMatchObject({ publicationId: published!.id, jws: record.jws });
    const inclusion = await api('GET', `/audit/proof/inclusion?index=${anchored.leafIndex}&size=${anchored.treeSize}`, { token: auditor });
    const proof = inclusion.body.proof.map((hash: string) => Buffer.from(hash, 'hex'));
    expect(
      verifyInclusion(anchored.leafIndex, anchored.treeSize, Buffer.from(entry.body.leafHash, 'hex'), proof, checkpoint.rootHash),
    ).toBe(true);
    // The checkpoint is the batch's own: the smallest tree that holds the record.
    const [smallest] = await dataSource.query('SELECT min(size)::int AS size FROM audit.checkpoints WHERE size > $1', [anchored.leafIndex]);
    expect(anchored.treeSize).toBe(smallest.size);
    const page = await api('GET', `/register/${decided.decisionNumber}`, { language: 'en' });
    expect(page.body).toContain(anchored.rootHash);
  });

  it('keeps the first anchor of a record, and refuses one naming an event the register did not write', async () => {
    const handler = testApp.app.get(PublicationAnchoredHandler);
    const decided = await decideRequest(api, commission, randomBin());
    const record = await publishedRecord(api, decided.decisionNumber);
    const unanchored = { id: randomUUID(), decisionId: randomUUID(), publishedEventId: randomUUID() };
    const anchorFor = (publishedEventId: string, treeSize: number) => ({
      publicationId: unanchored.id,
      decisionId: unanchored.decisionId,
      publishedEventId,
      leafIndex: 1,
      treeSize,
      rootHash: 'ab'.repeat(32),
      checkpoint: `qaztech/audit\n${treeSize}\nq83=\n`,
    });
    const eventOf = (payload: ReturnType<typeof anchorFor>) => ({
      id: randomUUID(),
      type: 'audit.publication_anchored.v1' as const,
      source: 'audit' as const,
      sequence: 1,
      aggregateId: null,
      actor: { id: 'system', role: 'system' },
      correlationId: randomUUID(),
      occurredAt: new Date().toISOString(),
      payload,
    });
    const anchorsOf = (runner: QueryRunner) =>
      runner.query('SELECT tree_size FROM registry.anchors WHERE publication_id = $1', [unanchored.id]) as Promise<{ tree_size: string }[]>;
    // Records and anchors are append-only, so the record without an anchor is a copy made in a
    // transaction that is rolled back at the end.
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO registry.publications (id, sequence, record_number, kind, correction_of, decision_id, decision_number,
           request_id, source_event_id, published_event_id, record, jws, kid, bin, outcome, decision_date,
           reason_categories, data_categories, published_at)
         SELECT $1, (SELECT max(sequence) + 1 FROM registry.publications), record_number || '-copy', kind, correction_of, $2,
                decision_number, request_id, gen_random_uuid(), $3, record, jws, kid, bin, outcome, decision_date,
                reason_categories, data_categories, published_at
           FROM registry.publications WHERE record_number = $4`,
        [unanchored.id, unanchored.decisionId, unanchored.publishedEventId, record.record.recordNumber],
      );
      await runner.query('SAVEPOINT bogus');
      await expect(handler.handle(eventOf(anchorFor(randomUUID(), 2)), runner.manager)).rejects.toThrow(/did not write/);
      await runner.query('ROLLBACK TO SAVEPOINT bogus');
      expect(await anchorsOf(runner)).toEqual([]);

      await handler.handle(eventOf(anchorFor(unanchored.publishedEventId, 2)), runner.manager);
      await handler.handle(eventOf(anchorFor(unanchored.publishedEventId, 5)), runner.manager);
      expect((await anchorsOf(runner)).map((row) => Number(row.tree_size))).toEqual([2]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('shows none of the confidential material of a request in any public answer', async () => {
    const secrets = {
      contactName: 'Жанар Секретова',
      phone: '+77015550199',
      email: 'zh.sekretova@secret-agency.kz',
      iin: '061211600012',
      findings: 'Уязвимость CVE-СЕКРЕТ в контуре ДСП',
      proposedCondition: 'Закрыть порт 8443 во внутреннем сегменте',
      dspFileName: 'dsp-схема-сети.pdf',
    };
    const agencyBin = randomBin();
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const request = completeRequest(agencyBin);
    request.applicant.contactPerson = {
      fullName: secrets.contactName,
      position: 'Главный специалист',
      email: secrets.email,
      phone: secrets.phone,
    };
    request.system.purpose = `Контактное лицо ИИН ${secrets.iin}`;
    const created = await api('POST', '/requests', { token: signatory, body: request });
    const requestId: string = created.body.id;
    for (const [kind, fileName, classification] of [
      ['feasibility_study', 'feasibility.pdf', 'open'],
      ['technical_specification', secrets.dspFileName, 'dsp'],
    ]) {
      const form = uploadForm(SAMPLE_FILES.pdf, fileName!, { kind: kind!, language: 'ru', classification: classification! });
      expect((await api('POST', `/requests/${requestId}/attachments`, { token: signatory, body: form })).status).toBe(201);
    }
    expect((await api('POST', `/requests/${requestId}/submit`, { token: signatory })).status).toBe(200);
    await screenAndGiveSecretOpinions(requestId, secrets.findings, secrets.proposedCondition);
    const decided = await decideReady(api, commission, requestId);
    await publishedRecord(api, decided.decisionNumber);

    const answers = [
      await api('GET', `/public/decisions/${decided.decisionNumber}`),
      await api('GET', `/public/decisions?bin=${agencyBin}`),
      await api('GET', '/public/decisions.atom'),
      await api('GET', '/public/decisions.csv'),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      expect(text).toContain(decided.decisionNumber);
      for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/sha256|attachment|findings|contactPerson/i);
    }
  });

  async function screenAndGiveSecretOpinions(requestId: string, findings: string, proposedCondition: string): Promise<void> {
    const screening = await liveTask(api, commission.secretary, 'screening', requestId, 1);
    await api('POST', `/review/tasks/${screening.id}/claim`, { token: commission.secretary });
    expect((await api('POST', `/review/tasks/${screening.id}/accept`, { token: commission.secretary })).status).toBe(200);
    for (const [stage, role] of EXPERT_ROLES) {
      const token = await tokenFor({ roles: [role], subject: `secret-${stage}`, name: `Эксперт ${stage}` });
      const task = await liveTask(api, token, stage, requestId, 1);
      await api('POST', `/review/tasks/${task.id}/claim`, { token });
      const opinion = {
        version: 1,
        verdict: 'supports_with_conditions',
        findings,
        proposedConditions: [proposedCondition],
        ...assessmentFor(stage),
      };
      expect((await api('POST', `/review/tasks/${task.id}/opinion`, { token, body: opinion })).status).toBe(201);
    }
  }

  it('refuses to rewrite or delete a published record', async () => {
    const decided = await decideRequest(api, commission, randomBin());
    await publishedRecord(api, decided.decisionNumber);
    await expect(
      dataSource.query(`UPDATE registry.publications SET jws = 'x' WHERE record_number = $1`, [decided.decisionNumber]),
    ).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM registry.publications WHERE record_number = $1`, [decided.decisionNumber])).rejects.toThrow(
      /append-only/,
    );
  });
});
