import { DataSource } from 'typeorm';
import { IntakeError } from '@qaztech/intake';
import { EventHandler } from '@qaztech/platform';
import { EventArrivedEarly } from '../../../libs/intake/src/progress/lifecycle-follower';
import { REVIEW_PROGRESS_HANDLERS } from '../../../libs/intake/src/progress/review-progress.handlers';
import { CreateRequestUseCase } from '../../../libs/intake/src/requests/create-request.use-case';
import { RequestReturnedHandler } from '../../../libs/intake/src/revision/request-returned.handler';
import { SubmitRequestUseCase } from '../../../libs/intake/src/submission/submit-request.use-case';
import { Component, outboxRows } from '../../support/component';
import { anAgency, attach, eventFrom, startIntake } from './intake-component';

describe('intake: what submission, return and review progress commit', () => {
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
        `SELECT status, registration_number, row_version, current_version, return_remarks, submitted_at
           FROM intake.requests WHERE id = $1`,
        [id],
      )) as Record<string, unknown>[]
    )[0];

  async function completeDraft(): Promise<string> {
    const created = await component.get<CreateRequestUseCase>(CreateRequestUseCase).execute(agency.submitter(), agency.content());
    for (const kind of ['feasibility_study', 'technical_specification']) await attach(component, agency.submitter(), created.body.id, kind);
    return created.body.id;
  }

  const submit = (id: string) => component.get<SubmitRequestUseCase>(SubmitRequestUseCase).execute(agency.signatory(), id);

  /** Runs an event handler as the event worker does: in a transaction of its own. */
  const handle = (handler: EventHandler, event: Parameters<EventHandler['handle']>[0]) =>
    dataSource.transaction((manager) => handler.handle(event, manager));

  const progress = (type: string) =>
    component.get<EventHandler>(REVIEW_PROGRESS_HANDLERS.find((handler) => handler.name === `Follower(${type})`)!);

  it('numbers a first submission and writes the number into the request, its frozen version and request.submitted.v1', async () => {
    const id = await completeDraft();
    const outcome = await submit(id);
    expect(outcome.status).toBe(200);
    const number = outcome.body.registrationNumber;
    expect(number).toMatch(/^QTX-\d{4}-\d{6,}$/);
    expect(await requestRow(id)).toMatchObject({ status: 'submitted', registration_number: number, row_version: 4, current_version: 1 });
    const versions = (await dataSource.query(
      'SELECT version, registration_number, attachments, submitted_by_name FROM intake.request_versions WHERE request_id = $1',
      [id],
    )) as { version: number; registration_number: string; attachments: unknown[]; submitted_by_name: string }[];
    expect(versions).toEqual([
      { version: 1, registration_number: number, attachments: expect.any(Array), submitted_by_name: 'Айгерим Садыкова' },
    ]);
    expect(versions[0]!.attachments).toHaveLength(2);
    const submitted = (await outboxRows(dataSource, 'intake', { aggregateId: id })).at(-1)!;
    expect(submitted).toMatchObject({
      eventType: 'request.submitted.v1',
      envelope: { actor: { role: 'agency.signatory' }, payload: { requestId: id, registrationNumber: number, version: 1 } },
    });
  });

  it('leaves everything as it was when an incomplete request is refused', async () => {
    const created = await component.get<CreateRequestUseCase>(CreateRequestUseCase).execute(agency.submitter(), agency.content());
    const id = created.body.id;
    const before = await requestRow(id);
    await expect(submit(id)).rejects.toMatchObject({ code: IntakeError.INCOMPLETE_REQUEST });
    expect(await requestRow(id)).toEqual(before);
    const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM intake.request_versions WHERE request_id = $1', [
      id,
    ])) as {
      count: number;
    }[];
    expect(count).toBe(0);
    expect((await outboxRows(dataSource, 'intake', { aggregateId: id })).map((event) => event.eventType)).toEqual(['request.created.v1']);
  });

  it('opens the next version on a return, and a resubmission keeps the number and freezes version 2', async () => {
    const id = await completeDraft();
    const number = (await submit(id)).body.registrationNumber;
    const remarks = [{ field: 'budget.amountKzt', remark: 'Обоснуйте сумму' }];
    await handle(component.get(RequestReturnedHandler), eventFrom('request.returned.v1', id, { requestId: id, version: 1, remarks }));
    expect(await requestRow(id)).toMatchObject({ status: 'returned', current_version: 2, row_version: 5, return_remarks: remarks });

    await submit(id);
    expect(await requestRow(id)).toMatchObject({
      status: 'submitted',
      registration_number: number,
      current_version: 2,
      return_remarks: null,
    });
    const versions = (await dataSource.query(
      'SELECT version, registration_number FROM intake.request_versions WHERE request_id = $1 ORDER BY version',
      [id],
    )) as { version: number; registration_number: string }[];
    expect(versions).toEqual([
      { version: 1, registration_number: number },
      { version: 2, registration_number: number },
    ]);
    const resubmitted = (await outboxRows(dataSource, 'intake', { aggregateId: id })).at(-1)!;
    expect(resubmitted).toMatchObject({
      eventType: 'request.resubmitted.v1',
      envelope: { payload: { registrationNumber: number, version: 2 } },
    });
  });

  it('ignores a return for an older version, changing nothing', async () => {
    const id = await completeDraft();
    await submit(id);
    const before = await requestRow(id);
    await handle(component.get(RequestReturnedHandler), eventFrom('request.returned.v1', id, { requestId: id, version: 7, remarks: [] }));
    expect(await requestRow(id)).toEqual(before);
  });

  it("follows review's progress, and refuses an event that came before the one it follows", async () => {
    const id = await completeDraft();
    await submit(id);
    const accepted = eventFrom('request.accepted_for_review.v1', id, { requestId: id, version: 1, expertTaskIds: [] });
    await expect(handle(progress('request.accepted_for_review.v1'), accepted)).rejects.toBeInstanceOf(EventArrivedEarly);
    expect(await requestRow(id)).toMatchObject({ status: 'submitted', row_version: 4 });

    await handle(
      progress('request.screening_started.v1'),
      eventFrom('request.screening_started.v1', id, { requestId: id, version: 1, taskId: id }),
    );
    expect(await requestRow(id)).toMatchObject({ status: 'screening', row_version: 5 });
    await handle(progress('request.accepted_for_review.v1'), accepted);
    expect(await requestRow(id)).toMatchObject({ status: 'expert_review', row_version: 6 });
    // Following the lifecycle is intake's own bookkeeping: it announces nothing.
    expect((await outboxRows(dataSource, 'intake', { aggregateId: id })).at(-1)!.eventType).toBe('request.submitted.v1');
  });
});
