import { DataSource } from 'typeorm';
import { IntakeError } from '@qaztech/intake';
import { ErrorCode } from '@qaztech/platform';
import { CreateRequestUseCase } from '../../../libs/intake/src/requests/create-request.use-case';
import { UpdateRequestUseCase } from '../../../libs/intake/src/requests/update-request.use-case';
import { WithdrawRequestUseCase } from '../../../libs/intake/src/submission/withdraw-request.use-case';
import { Component, outboxRows } from '../../support/component';
import { anAgency, attach, startIntake } from './intake-component';

describe('intake: what drafting commits', () => {
  let component: Component;
  let dataSource: DataSource;
  const agency = anAgency();

  beforeAll(async () => {
    component = await startIntake();
    dataSource = component.dataSource;
  });

  afterAll(() => component.close());

  const requestRow = async (id: string) =>
    (
      (await dataSource.query(
        'SELECT status, agency_bin, row_version, current_version, content, created_by, withdrawn_at FROM intake.requests WHERE id = $1',
        [id],
      )) as Record<string, unknown>[]
    )[0];

  async function createDraft(title = 'Черновик'): Promise<string> {
    const outcome = await component
      .get<CreateRequestUseCase>(CreateRequestUseCase)
      .execute(agency.submitter(), { system: { titleRu: title } });
    return outcome.body.id;
  }

  it('creates a draft: the request row and request.created.v1 with the content, by the submitter', async () => {
    const context = agency.submitter();
    const outcome = await component.get<CreateRequestUseCase>(CreateRequestUseCase).execute(context, { system: { titleRu: 'Реестр' } });
    expect(outcome.status).toBe(201);
    const id = outcome.body.id;
    expect(await requestRow(id)).toMatchObject({
      status: 'draft',
      agency_bin: agency.agencyBin,
      row_version: 1,
      current_version: 1,
      created_by: context.principal.subject,
      content: { system: { titleRu: 'Реестр' }, applicant: { bin: agency.agencyBin } },
    });
    const events = await outboxRows(dataSource, 'intake', { aggregateId: id });
    expect(events.map((event) => event.eventType)).toEqual(['request.created.v1']);
    expect(events[0]!.envelope).toMatchObject({
      source: 'intake',
      actor: { id: context.principal.subject, role: 'agency.submitter', agencyBin: agency.agencyBin },
      payload: { requestId: id, agencyBin: agency.agencyBin, status: 'draft', content: { system: { titleRu: 'Реестр' } } },
    });
  });

  it('creates once per idempotency key: a retry gets the first answer and commits nothing more', async () => {
    const context = agency.submitter();
    const create = component.get<CreateRequestUseCase>(CreateRequestUseCase);
    const body = { system: { titleRu: 'Повтор' } };
    const first = await create.execute(context, body, 'create-once-1');
    const again = await create.execute({ ...context, requestId: 'retry' }, body, 'create-once-1');
    expect(again).toEqual(first);
    const [{ count }] = (await dataSource.query(
      `SELECT count(*)::int AS count FROM intake.requests WHERE created_by = $1 AND content->'system'->>'titleRu' = 'Повтор'`,
      [context.principal.subject],
    )) as { count: number }[];
    expect(count).toBe(1);
    expect(await outboxRows(dataSource, 'intake', { aggregateId: first.body.id })).toHaveLength(1);
    const [key] = (await dataSource.query('SELECT response_status, response_body FROM intake.idempotency_keys WHERE key = $1', [
      'create-once-1',
    ])) as { response_status: number; response_body: { id: string } }[];
    expect(key).toMatchObject({ response_status: 201, response_body: { id: first.body.id } });
  });

  it('edits a draft by merge patch: content and row version change, request.updated.v1 names the sections', async () => {
    const id = await createDraft();
    const view = await component
      .get<UpdateRequestUseCase>(UpdateRequestUseCase)
      .execute(agency.submitter(), id, { budget: { amountKzt: '1000.00', fundingSource: 'republican_budget' } }, '"1"');
    expect(view.etag).toBe('"2"');
    expect(await requestRow(id)).toMatchObject({
      row_version: 2,
      content: { system: { titleRu: 'Черновик' }, budget: { amountKzt: '1000.00', fundingSource: 'republican_budget' } },
    });
    const events = await outboxRows(dataSource, 'intake', { aggregateId: id });
    expect(events.map((event) => event.eventType)).toEqual(['request.created.v1', 'request.updated.v1']);
    expect(events[1]!.envelope.payload).toMatchObject({ requestId: id, version: 1, changedSections: ['budget'] });
  });

  it('leaves the request and the outbox as they were when an edit is refused (a stale If-Match)', async () => {
    const id = await createDraft();
    const before = await requestRow(id);
    await expect(
      component.get<UpdateRequestUseCase>(UpdateRequestUseCase).execute(agency.submitter(), id, { system: { titleRu: 'Новое' } }, '"7"'),
    ).rejects.toMatchObject({ code: IntakeError.VERSION_MISMATCH });
    expect(await requestRow(id)).toEqual(before);
    expect((await outboxRows(dataSource, 'intake', { aggregateId: id })).map((event) => event.eventType)).toEqual(['request.created.v1']);
  });

  it('adds an attachment: its row on the current version, the row version bumped, request.attachment_added.v1', async () => {
    const id = await createDraft();
    const view = await attach(component, agency.submitter(), id, 'feasibility_study');
    const [row] = (await dataSource.query(
      'SELECT request_id, version, kind, language, classification, file_name, media_type, size_bytes, uploaded_by FROM intake.attachments WHERE id = $1',
      [view.id],
    )) as Record<string, unknown>[];
    expect(row).toMatchObject({
      request_id: id,
      version: 1,
      kind: 'feasibility_study',
      classification: 'open',
      file_name: 'feasibility_study.pdf',
      media_type: 'application/pdf',
      size_bytes: '1024',
      uploaded_by: agency.submitter().principal.subject,
    });
    expect(await requestRow(id)).toMatchObject({ row_version: 2 });
    const events = await outboxRows(dataSource, 'intake', { aggregateId: id });
    expect(events.at(-1)).toMatchObject({
      eventType: 'request.attachment_added.v1',
      envelope: { payload: { requestId: id, version: 1, attachment: { id: view.id, kind: 'feasibility_study' } } },
    });
  });

  it('refuses an attachment on a request of another agency, and records nothing', async () => {
    const id = await createDraft();
    const stranger = anAgency();
    await expect(attach(component, stranger.submitter(), id, 'other')).rejects.toMatchObject({ code: ErrorCode.REQUEST_NOT_FOUND });
    const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM intake.attachments WHERE request_id = $1', [id])) as {
      count: number;
    }[];
    expect(count).toBe(0);
    expect(await requestRow(id)).toMatchObject({ row_version: 1 });
  });

  it('withdraws a draft: status, time and row version, and request.withdrawn.v1 with the reason by the signatory', async () => {
    const id = await createDraft();
    const signatory = agency.signatory();
    const view = await component
      .get<WithdrawRequestUseCase>(WithdrawRequestUseCase)
      .execute(signatory, id, { reason: '  Проект закрыт  ' }, '"1"');
    expect(view.status).toBe('withdrawn');
    const row = await requestRow(id);
    expect(row).toMatchObject({ status: 'withdrawn', row_version: 2 });
    expect(row!.withdrawn_at).toBeInstanceOf(Date);
    const events = await outboxRows(dataSource, 'intake', { aggregateId: id });
    expect(events.at(-1)).toMatchObject({
      eventType: 'request.withdrawn.v1',
      envelope: {
        actor: { id: signatory.principal.subject, role: 'agency.signatory' },
        payload: { requestId: id, previousStatus: 'draft', reason: 'Проект закрыт', registrationNumber: null },
      },
    });
  });
});
