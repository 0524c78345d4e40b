import { randomUUID } from 'node:crypto';
import { CatalogueModule, ImportInventoryUseCase, RequestSubmittedHandler, RequestWithdrawnHandler } from '@qaztech/catalogue';
import { DecisionPublishedV2, EventEnvelope, EventType, RequestSubmittedV1 } from '@qaztech/contracts';
import { RequestContext } from '@qaztech/platform';
import { DecisionPublishedV2Handler } from '../../../libs/catalogue/src/events/decision-published.handler';
import { Component, outboxRows, startComponent } from '../../support/component';
import { randomBin } from '../../support/fixtures';

const admin: RequestContext = {
  principal: { subject: 'admin-1', name: 'Әкімші', roles: ['admin'] },
  requestId: randomUUID(),
  language: 'ru',
};

function envelope<T extends EventType>(
  type: T,
  source: 'intake' | 'registry',
  aggregateId: string,
  payload: unknown,
): EventEnvelope<T, never> {
  return {
    id: randomUUID(),
    type,
    source,
    sequence: 1,
    occurredAt: new Date().toISOString(),
    aggregateId,
    actor: { id: 'signatory-1', role: 'agency.signatory' },
    correlationId: randomUUID(),
    payload: payload as never,
  };
}

function submitted(requestId: string, agencyBin: string, system: Record<string, unknown>): RequestSubmittedV1 {
  return {
    requestId,
    agencyBin,
    registrationNumber: `QTX-2027-${String(Math.floor(Math.random() * 900000) + 100000)}`,
    version: 1,
    submittedAt: new Date().toISOString(),
    content: { applicant: { bin: agencyBin, nameRu: 'Акимат области' }, system },
    attachments: [],
  };
}

/**
 * The catalogue's overlap evidence on its own, events handed to its handlers directly: an
 * imported inventory, requests arriving, a decision published, and the reports they produce.
 */
describe('catalogue component: inventory and overlap reports', () => {
  let component: Component;
  const marker = randomUUID().slice(0, 8);
  const ownerBin = randomBin();

  beforeAll(async () => {
    component = await startComponent('catalogue', CatalogueModule);
  });

  afterAll(async () => {
    await component.close();
  });

  const handle = async (handler: { handle(event: never, manager: never): Promise<void> }, event: unknown) =>
    component.dataSource.transaction((manager) => handler.handle(event as never, manager as never));

  const csv = (rows: string[]) =>
    ['object_id,owner_bin,owner_name,name_kk,name_ru,status,functions,data_objects,go_live_date', ...rows].join('\n');

  it('imports an inventory as a version, and marks a system the next import no longer lists, without deleting it', async () => {
    const importer = component.get(ImportInventoryUseCase);
    const first = await importer.execute(admin, {
      source: `АП ЭП ${marker}`,
      format: 'csv',
      content: csv([
        `VEH-${marker},${ownerBin},МВД РК,,Информационная система регистрации транспортных средств ${marker},industrial,,vehicle;person,2015-03-01`,
        `LIB-${marker},${ownerBin},Министерство культуры,Кітапханалар жүйесі ${marker},,pilot,,,`,
      ]),
    });
    // The run's database is shared: systems other suites imported are no longer listed by this file.
    expect(first).toMatchObject({ dryRun: false, counts: { rows: 2, added: 2 } });
    const second = await importer.execute(admin, {
      source: `АП ЭП ${marker} (2)`,
      format: 'csv',
      content: csv([
        `VEH-${marker},${ownerBin},МВД РК,,Информационная система регистрации транспортных средств ${marker},industrial,,vehicle;person,2015-03-01`,
      ]),
    });
    expect(second.version).toBe(first.version + 1);
    expect(second.counts).toMatchObject({ rows: 1, unchanged: 1, markedMissing: 1 });
    const [library] = (await component.owner.query(
      `SELECT s.missing_since IS NOT NULL AS missing, d.active FROM catalogue.inventory_systems s
         JOIN catalogue.overlap_documents d ON d.kind = 'system' AND d.ref = s.object_id WHERE s.object_id = $1`,
      [`LIB-${marker}`],
    )) as { missing: boolean; active: boolean }[];
    expect(library).toEqual({ missing: true, active: false });
    const events = await outboxRows(component.owner, 'catalogue', { payload: { source: `АП ЭП ${marker} (2)` } });
    expect(events.map((row) => row.eventType)).toEqual(['catalogue.inventory_imported.v1']);
  });

  it('refuses a file with a bad row whole, naming the row and the field, and changes nothing', async () => {
    const before = (await component.owner.query('SELECT count(*)::int AS n FROM catalogue.inventory_imports')) as { n: number }[];
    await expect(
      component.get(ImportInventoryUseCase).execute(admin, {
        source: 'broken',
        format: 'csv',
        content: csv([`X-${marker},940140000386,Орган,,Система,industrial,,,`]),
      }),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ field: 'rows.0.ownerBin', code: 'INVALID_BIN' })] });
    expect(await component.owner.query('SELECT count(*)::int AS n FROM catalogue.inventory_imports')).toEqual(before);
  });

  it('computes a report when a request written only in Kazakh arrives: the Russian-only system first, with reasons, marked automated', async () => {
    const requestId = randomUUID();
    await handle(
      component.get(RequestSubmittedHandler),
      envelope(
        'request.submitted.v1',
        'intake',
        requestId,
        submitted(requestId, randomBin(), {
          titleKk: `Көлік құралдарын тіркеу жүйесі ${marker}`,
          purpose: 'Автокөліктерді мемлекеттік тіркеу және есепке алу, жеке тұлғалардың көлік құралдарын тіркеу',
        }),
      ),
    );
    const [row] = (await component.owner.query('SELECT report FROM catalogue.overlap_reports WHERE request_id = $1', [requestId])) as {
      report: {
        systems: {
          ref: string;
          score: number;
          reasons: { terms: { concept: string; request: { language: string }; match: { language: string } }[] };
        }[];
        automated: { decidesNothing: boolean; method: { version: string } };
        trigger: string;
      };
    }[];
    expect(row!.report.trigger).toBe('submitted');
    expect(row!.report.automated).toMatchObject({ decidesNothing: true, method: { version: expect.any(String) } });
    const top = row!.report.systems[0]!;
    expect(top.ref).toBe(`VEH-${marker}`);
    expect(top.reasons.terms).toContainEqual(
      expect.objectContaining({
        concept: 'vehicle',
        request: expect.objectContaining({ language: 'kk' }),
        match: expect.objectContaining({ language: 'ru' }),
      }),
    );
    const [event] = await outboxRows(component.owner, 'catalogue', { aggregateId: requestId });
    expect(event).toMatchObject({
      eventType: 'overlap.report_computed.v1',
      envelope: {
        actor: { id: 'system' },
        causedBy: { type: 'request.submitted.v1' },
        payload: { requestId, top: expect.arrayContaining([expect.objectContaining({ ref: `VEH-${marker}` })]) },
      },
    });
  });

  it('names another agency’s request in flight, never the agency’s own, and forgets it once withdrawn', async () => {
    const agency = randomBin();
    const other = randomUUID();
    const own = randomUUID();
    const mine = randomUUID();
    const system = {
      titleRu: `Электронная очередь в детские сады ${marker}`,
      purpose: 'Постановка детей в очередь в дошкольные организации',
    };
    await handle(
      component.get(RequestSubmittedHandler),
      envelope('request.submitted.v1', 'intake', other, submitted(other, randomBin(), system)),
    );
    await handle(component.get(RequestSubmittedHandler), envelope('request.submitted.v1', 'intake', own, submitted(own, agency, system)));
    await handle(
      component.get(RequestSubmittedHandler),
      envelope(
        'request.submitted.v1',
        'intake',
        mine,
        submitted(mine, agency, {
          titleKk: `Балабақшаларға электрондық кезек ${marker}`,
        }),
      ),
    );
    const report = async (id: string) =>
      (
        (await component.owner.query(
          'SELECT report FROM catalogue.overlap_reports WHERE request_id = $1 ORDER BY computed_at DESC LIMIT 1',
          [id],
        )) as {
          report: { requests: { ref: string }[] };
        }[]
      )[0]!.report;
    const refs = (await report(mine)).requests.map((hit) => hit.ref);
    expect(refs).toContain(other);
    expect(refs).not.toContain(own);
    await handle(
      component.get(RequestWithdrawnHandler),
      envelope('request.withdrawn.v1', 'intake', other, {
        requestId: other,
        registrationNumber: null,
        previousStatus: 'submitted',
        reason: 'x',
      }),
    );
    const later = randomUUID();
    await handle(
      component.get(RequestSubmittedHandler),
      envelope('request.submitted.v1', 'intake', later, submitted(later, agency, system)),
    );
    expect((await report(later)).requests.map((hit) => hit.ref)).not.toContain(other);
  });

  it('keeps a published decision as a precedent with its outcome, and sends the register similar published decisions only', async () => {
    const requests = [randomUUID(), randomUUID()];
    const numbers = [`D-${marker}-1`, `D-${marker}-2`];
    for (const [index, requestId] of requests.entries()) {
      await handle(
        component.get(RequestSubmittedHandler),
        envelope(
          'request.submitted.v1',
          'intake',
          requestId,
          submitted(requestId, randomBin(), {
            titleRu: `Система учёта поголовья скота ${marker}`,
            purpose: 'Ветеринарный учёт животных и идентификация скота',
          }),
        ),
      );
      const published: DecisionPublishedV2 = {
        publicationId: randomUUID(),
        sequence: index + 1,
        decisionId: randomUUID(),
        requestId,
        jws: 'x',
        kid: 'k',
        record: {
          recordNumber: numbers[index]!,
          kind: 'decision',
          correctionOf: null,
          decisionNumber: numbers[index]!,
          registrationNumber: 'QTX-2027-000001',
          applicant: { bin: randomBin(), nameKk: 'Әкімдік', nameRu: 'Акимат' },
          system: { titleKk: `Мал басын есепке алу жүйесі ${marker}`, titleRu: `Система учёта поголовья скота ${marker}`, titleEn: null },
          reasonCategories: ['other'],
          dataCategories: ['none'],
          budget: { amountKzt: '1.00', fundingSource: null },
          outcome: 'rejected',
          conditions: [],
          validUntil: null,
          meeting: { date: '2027-01-01', protocolNumber: '1' },
          texts: { kk: 'мәтін', ru: 'текст', en: null },
          signedBy: { name: 'Председатель', position: 'Председатель' },
          decidedAt: new Date().toISOString(),
          publishedAt: new Date().toISOString(),
          exemptionInForce: false,
          revocation: null,
        },
      };
      await handle(component.get(DecisionPublishedV2Handler), envelope('decision.published.v2', 'registry', requestId, published));
    }
    const found = await outboxRows<{ records: { recordNumber: string; similar: { recordNumber: string; outcome: string }[] }[] }>(
      component.owner,
      'catalogue',
      { payload: { records: [{ recordNumber: numbers[1] }] } },
    );
    expect(found.at(-1)!.envelope.payload.records[0]!.similar[0]).toMatchObject({ recordNumber: numbers[0], outcome: 'rejected' });
    const asker = randomUUID();
    await handle(
      component.get(RequestSubmittedHandler),
      envelope(
        'request.submitted.v1',
        'intake',
        asker,
        submitted(asker, randomBin(), {
          titleKk: `Мал басын есепке алу ${marker}`,
        }),
      ),
    );
    const [row] = (await component.owner.query('SELECT report FROM catalogue.overlap_reports WHERE request_id = $1', [asker])) as {
      report: { precedents: { ref: string; details: { outcome: string } }[]; requests: unknown[] };
    }[];
    expect(row!.report.precedents.map((hit) => hit.ref)).toEqual(expect.arrayContaining(numbers));
    expect(row!.report.precedents[0]!.details.outcome).toBe('rejected');
  });
});
