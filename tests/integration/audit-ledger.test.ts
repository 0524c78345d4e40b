import { DataSource } from 'typeorm';
import {
  decodeLeaf,
  leafHash,
  openNote,
  parseCheckpoint,
  parseTilePath,
  TileId,
  treeRoot,
  verifierFromKey,
  verifyConsistency,
  verifyInclusion,
} from '@qaztech/audit';
import { LedgerRuntime } from '../../libs/audit/src/ingestion/ledger-runtime';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { completeRequest, eventually, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';

/** Every event of the request, from the intake outbox: what the ledger must hold. */
async function intakeEventsOf(dataSource: DataSource, requestId: string): Promise<{ event_id: string; event_type: string }[]> {
  return dataSource.query('SELECT event_id, event_type FROM intake.outbox WHERE aggregate_id = $1 ORDER BY sequence', [requestId]);
}

describe('audit ledger', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let auditor: string;
  let signatory: string;
  let requestId: string;
  let verifierKey: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    auditor = await tokenFor({ roles: ['auditor'], name: 'Ерлан Аудитов', subject: 'auditor-1' });
    const bin = randomBin();
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin: bin, name: 'Айгерим Садыкова' });

    // A request's life in intake: draft, edit, two documents, submission, withdrawal.
    const created = await api('POST', '/requests', { token: signatory, body: { system: { titleRu: 'Черновик' } } });
    requestId = created.body.id;
    const edited = await api('PATCH', `/requests/${requestId}`, {
      token: signatory,
      headers: { 'if-match': created.body.etag },
      body: completeRequest(bin),
    });
    expect(edited.status).toBe(200);
    for (const kind of ['feasibility_study', 'technical_specification']) {
      const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
      expect((await api('POST', `/requests/${requestId}/attachments`, { token: signatory, body: form })).status).toBe(201);
    }
    expect((await api('POST', `/requests/${requestId}/submit`, { token: signatory })).status).toBe(200);
    // The Commission has opened its screening task before the agency changes its mind.
    await eventually(async () => {
      const rows = await dataSource.query("SELECT 1 FROM audit.entries WHERE request_id = $1 AND event_type = 'review.task_created.v1'", [
        requestId,
      ]);
      return rows.length > 0 ? true : undefined;
    }, 20_000);
    const withdrawn = await api('POST', `/requests/${requestId}/withdraw`, {
      token: signatory,
      body: { reason: 'Решено строить на QazTech' },
    });
    expect(withdrawn.status).toBe(200);

    // Every intake event, and review's answer to the withdrawal (its screening task cancelled).
    const expected = (await intakeEventsOf(dataSource, requestId)).map((row) => row.event_id);
    await eventually(async () => {
      const rows: { event_id: string; event_type: string }[] = await dataSource.query(
        'SELECT event_id, event_type FROM audit.entries WHERE request_id = $1',
        [requestId],
      );
      const ids = new Set(rows.map((row) => row.event_id));
      const complete = expected.every((id) => ids.has(id)) && rows.some((row) => row.event_type === 'review.task_cancelled.v1');
      return complete ? true : undefined;
    }, 20_000);
    verifierKey = (await api<string>('GET', '/audit/log/key', { token: auditor })).body.trim();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('a request history', () => {
    it('tells the whole story in order: who, in which role, for which agency, what, when', async () => {
      const history = await api('GET', `/audit/requests/${requestId}/history`, { token: auditor, language: 'en' });
      expect(history.status).toBe(200);
      const steps: { eventId: string; type: string; source: string }[] = history.body.steps;
      const expected = await intakeEventsOf(dataSource, requestId);
      // The agency's own steps, in the order intake took them…
      expect(steps.filter((step) => step.source === 'intake').map((step) => step.eventId)).toEqual(expected.map((row) => row.event_id));
      expect(steps.filter((step) => step.source === 'intake').map((step) => step.type)).toEqual([
        'request.created.v1',
        'request.updated.v1',
        'request.attachment_added.v1',
        'request.attachment_added.v1',
        'request.submitted.v1',
        'request.withdrawn.v1',
      ]);
      // …and the Commission's, interleaved: a screening task opened after the submission and
      // cancelled after the withdrawal.
      const types = steps.map((step) => step.type);
      expect(types.indexOf('review.task_created.v1')).toBeGreaterThan(types.indexOf('request.submitted.v1'));
      expect(types.indexOf('review.task_cancelled.v1')).toBeGreaterThan(types.indexOf('request.withdrawn.v1'));
      const submitted = steps.find((step) => step.type === 'request.submitted.v1') as any;
      expect(submitted).toMatchObject({
        what: 'Request submitted and registered',
        actor: { role: 'agency.signatory', name: 'Айгерим Садыкова' },
        version: 1,
        erased: false,
      });
      expect(history.body.registrationNumber).toMatch(/^QTX-\d{4}-\d{6}$/);
      const indexes = history.body.steps.map((step: { index: number }) => step.index);
      expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
    });

    it('is a chain: each step names the hash of the one before, and the newest is proved in a signed checkpoint', async () => {
      const { body } = await api('GET', `/audit/requests/${requestId}/history`, { token: auditor });
      expect(body.chain).toEqual({ ok: true, length: body.steps.length });
      expect(body.steps[0].previousRequestLeaf).toBeNull();
      for (let step = 1; step < body.steps.length; step += 1) {
        expect(body.steps[step].previousRequestLeaf).toBe(body.steps[step - 1].leafHash);
      }
      const proof = body.newestStepInclusion;
      const opened = openNote(proof.checkpoint, [verifierFromKey(verifierKey)]);
      const checkpoint = parseCheckpoint(opened.text);
      expect(checkpoint.rootHash.toString('hex')).toBe(proof.rootHash);
      expect(
        verifyInclusion(
          proof.index,
          proof.size,
          Buffer.from(proof.leafHash, 'hex'),
          proof.proof.map((hash: string) => Buffer.from(hash, 'hex')),
          checkpoint.rootHash,
        ),
      ).toBe(true);
    });

    it('is found by registration number and agency as well', async () => {
      const { body: history } = await api('GET', `/audit/requests/${requestId}/history`, { token: auditor });
      const byNumber = await api('GET', `/audit/events?registrationNumber=${history.registrationNumber}&order=oldest`, { token: auditor });
      expect(byNumber.status).toBe(200);
      expect(byNumber.body.items.map((item: { eventId: string }) => item.eventId)).toEqual(
        history.steps.map((step: { eventId: string }) => step.eventId),
      );
      const submitted = history.steps.find((step: { type: string }) => step.type === 'request.submitted.v1');
      const byAgency = await api('GET', `/audit/events?agencyBin=${submitted.actor.agencyBin}&type=request.submitted.v1`, {
        token: auditor,
      });
      expect(byAgency.body.items.map((item: { eventId: string }) => item.eventId)).toEqual([submitted.eventId]);
    });

    it('pages through events with a cursor, newest first, without repeats', async () => {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await api('GET', `/audit/events?requestId=${requestId}&limit=4${cursor ? `&cursor=${cursor}` : ''}`, {
          token: auditor,
        });
        seen.push(...page.body.items.map((item: { index: number }) => item.index));
        cursor = page.body.nextCursor;
      } while (cursor);
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM audit.entries WHERE request_id = $1', [requestId]);
      expect(seen).toHaveLength(count);
      expect(new Set(seen).size).toBe(count);
      expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    });

    it('records the auditor’s own reads in the ledger', async () => {
      await api('GET', `/audit/requests/${requestId}/history`, { token: auditor });
      const access = await eventually(async () => {
        const rows = await dataSource.query(
          `SELECT e.actor_id, p.document FROM audit.entries e JOIN audit.payloads p USING (index)
            WHERE e.event_type = 'audit.accessed.v1' AND p.document #>> '{payload,parameters,requestId}' = $1
              AND p.document #>> '{payload,route}' = $2`,
          // The events read of the test before names the same request: only this read's record will do.
          [requestId, '/audit/requests/:requestId/history'],
        );
        return rows.length > 0 ? rows[0] : undefined;
      }, 15_000);
      expect(access.actor_id).toBe('auditor-1');
      expect(access.document.payload.route).toBe('/audit/requests/:requestId/history');
    });
  });

  describe('tlog-tiles', () => {
    it('serves a signed checkpoint whose root a client recomputes from the tiles alone', async () => {
      const checkpoint = await api<string>('GET', '/audit/log/checkpoint', { token: auditor });
      expect(checkpoint.status).toBe(200);
      expect(checkpoint.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const opened = openNote(checkpoint.body, [verifierFromKey(verifierKey)]);
      const { origin, size, rootHash } = parseCheckpoint(opened.text);
      expect(origin).toBe('qaztech-exemptions.kz/ledger');
      const fetched: string[] = [];
      const readTile = async (tile: TileId): Promise<Buffer> => {
        const path = `/audit/log/${tilePathOf(tile)}`;
        fetched.push(path);
        const response = await fetch(`${testApp.baseUrl}${path}`, { headers: { authorization: `Bearer ${auditor}` } });
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toContain('immutable');
        return Buffer.from(await response.arrayBuffer());
      };
      expect((await treeRoot(size, readTile)).equals(rootHash)).toBe(true);
      expect(fetched.length).toBeGreaterThan(0);
    });

    it('serves entry bundles whose entries hash to the stored leaves', async () => {
      const response = await fetch(`${testApp.baseUrl}/audit/log/tile/entries/000.p/1`, {
        headers: { authorization: `Bearer ${auditor}` },
      });
      expect(response.status).toBe(200);
      const bundle = Buffer.from(await response.arrayBuffer());
      const length = bundle.readUInt16BE(0);
      const entry = bundle.subarray(2, 2 + length);
      const [stored] = await dataSource.query('SELECT leaf_hash FROM audit.entries WHERE index = 0');
      expect(leafHash(entry).equals(stored.leaf_hash)).toBe(true);
      expect(decodeLeaf(entry).origin).toBe('qaztech-exemptions.kz/ledger');
    });

    it('answers 404 with a code for a tile that does not exist and for a malformed path', async () => {
      for (const path of ['tile/0/x999/999', 'tile/0/01', 'tile/entries/000.p/0', 'tile/nonsense']) {
        const response = await api('GET', `/audit/log/${path}`, { token: auditor, language: 'en' });
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('TILE_NOT_FOUND');
      }
    });
  });

  describe('proofs', () => {
    it('proves any entry against any signed checkpoint, and checkpoints consistent with each other', async () => {
      const sizes: { size: string }[] = await dataSource.query('SELECT DISTINCT size FROM audit.checkpoints ORDER BY size');
      const older = Number(sizes[0]!.size);
      const newer = Number(sizes.at(-1)!.size);
      const inclusion = await api('GET', `/audit/proof/inclusion?index=0&size=${newer}`, { token: auditor });
      expect(inclusion.status).toBe(200);
      expect(
        verifyInclusion(
          0,
          newer,
          Buffer.from(inclusion.body.leafHash, 'hex'),
          inclusion.body.proof.map((hash: string) => Buffer.from(hash, 'hex')),
          Buffer.from(inclusion.body.rootHash, 'hex'),
        ),
      ).toBe(true);
      const consistency = await api('GET', `/audit/proof/consistency?from=${older}&to=${newer}`, { token: auditor });
      expect(consistency.status).toBe(200);
      expect(
        verifyConsistency(
          older,
          newer,
          consistency.body.proof.map((hash: string) => Buffer.from(hash, 'hex')),
          Buffer.from(consistency.body.fromRootHash, 'hex'),
          Buffer.from(consistency.body.toRootHash, 'hex'),
        ),
      ).toBe(true);
    });

    it('gives an entry with its payload and its proof', async () => {
      const entry = await api('GET', '/audit/entries/0', { token: auditor });
      expect(entry.status).toBe(200);
      expect(entry.body.index).toBe(0);
      expect(entry.body.inclusion.index).toBe(0);
      expect(leafHash(Buffer.from(entry.body.leaf, 'base64')).toString('hex')).toBe(entry.body.leafHash);
    });

    it.each([
      ['/audit/proof/inclusion?index=abc', 400, 'VALIDATION_FAILED', 'index'],
      ['/audit/proof/inclusion?index=-1', 400, 'VALIDATION_FAILED', 'index'],
      ['/audit/proof/inclusion?index=0&size=999999999', 404, 'CHECKPOINT_NOT_FOUND', 'size'],
      ['/audit/proof/inclusion?index=999999999', 400, 'VALIDATION_FAILED', 'index'],
      ['/audit/proof/consistency?from=x', 400, 'VALIDATION_FAILED', 'from'],
      ['/audit/entries/999999999', 404, 'LEDGER_ENTRY_NOT_FOUND', undefined],
      ['/audit/entries/nope', 400, 'VALIDATION_FAILED', 'index'],
      ['/audit/events?type=request.invented.v9', 400, 'VALIDATION_FAILED', 'type'],
      ['/audit/events?from=yesterday', 400, 'VALIDATION_FAILED', 'from'],
      ['/audit/events?cursor=%%%', 400, 'VALIDATION_FAILED', 'cursor'],
      ['/audit/requests/not-a-uuid/history', 400, 'VALIDATION_FAILED', 'requestId'],
      ['/audit/requests/00000000-0000-4000-8000-000000000000/history', 404, 'REQUEST_NOT_FOUND', undefined],
    ])('%s → %i %s', async (path, status, code, field) => {
      for (const language of ['kk', 'ru', 'en']) {
        const response = await api('GET', path, { token: auditor, language });
        expect(response.status).toBe(status);
        expect(response.body.code).toBe(code);
        expect(response.body.message).toEqual(expect.any(String));
        if (field) expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
      }
    });
  });

  describe('the inbox', () => {
    it('keeps nothing of an event the log already holds: a late duplicate is swept, the appended events are gone', async () => {
      const [progress] = await dataSource.query("SELECT integrated_through FROM audit.source_progress WHERE source = 'intake'");
      expect(Number(progress.integrated_through)).toBeGreaterThan(1);
      // What a redelivery landing just after the integrator deleted its original leaves behind.
      await dataSource.query(
        `INSERT INTO audit.inbox (event_id, source, source_sequence, envelope)
         SELECT gen_random_uuid(), 'intake', 1, envelope FROM intake.outbox WHERE sequence = 1`,
      );
      // The sweep is due every half minute: a check dated a minute ahead makes it due now.
      await testApp.app.get(LedgerRuntime).gapWatcher.checkOnce(new Date(Date.now() + 60_000));
      const [{ count }] = await dataSource.query("SELECT count(*)::int AS count FROM audit.inbox WHERE source = 'intake'");
      expect(count).toBe(0);
      const [{ copies }] = await dataSource.query(
        "SELECT count(*)::int AS copies FROM audit.entries WHERE source = 'intake' AND source_sequence = 1",
      );
      expect(copies).toBe(1);
    });
  });

  describe('who may read it', () => {
    it.each([
      ['agency.signatory', { agencyBin: '940140000385' }],
      ['commission.secretary', {}],
      ['commission.chair', {}],
      ['admin', {}],
    ] as const)('refuses %s', async (role, extra) => {
      const token = await tokenFor({ roles: [role], ...extra });
      for (const path of ['/audit/log/checkpoint', `/audit/requests/${requestId}/history`, '/audit/export', '/audit/verify']) {
        expect((await api('GET', path, { token })).status).toBe(403);
      }
    });

    it('refuses a caller without a token', async () => {
      expect((await api('GET', '/audit/events')).status).toBe(401);
    });
  });
});

function tilePathOf(tile: TileId): string {
  const raw = String(tile.index);
  const digits = raw.padStart(Math.ceil(raw.length / 3) * 3, '0');
  const groups = digits.match(/\d{3}/g)!;
  const path = `tile/${tile.level}/${groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join('/')}`;
  const full = tile.width === 256 ? path : `${path}.p/${tile.width}`;
  // The server parses what the client builds: both follow the same spec.
  expect(parseTilePath(full)).toMatchObject({ level: tile.level, index: tile.index, width: tile.width });
  return full;
}
