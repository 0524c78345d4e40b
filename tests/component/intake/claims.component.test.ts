import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventHandler } from '@qaztech/platform';
import { PlatformObligationRecordedHandler } from '../../../libs/intake/src/obligations/platform-obligation-recorded.handler';
import { PlatformObligationsQuery } from '../../../libs/intake/src/obligations/platform-obligations.query';
import { CreateRequestUseCase } from '../../../libs/intake/src/requests/create-request.use-case';
import { agencyScopeOf } from '../../../libs/intake/src/shared/agency-scope';
import { SubmitRequestUseCase } from '../../../libs/intake/src/submission/submit-request.use-case';
import { Component, outboxRows } from '../../support/component';
import { anAgency, attach, eventFrom, startIntake } from './intake-component';

describe('intake: capability claims, evidence and the operator’s obligations', () => {
  let component: Component;
  let dataSource: DataSource;
  const agency = anAgency();

  beforeAll(async () => {
    component = await startIntake();
    dataSource = component.dataSource;
  });

  afterAll(() => component.close());

  async function draftWithDocuments(content: object): Promise<string> {
    const created = await component.get<CreateRequestUseCase>(CreateRequestUseCase).execute(agency.submitter(), content);
    for (const kind of ['feasibility_study', 'technical_specification']) await attach(component, agency.submitter(), created.body.id, kind);
    return created.body.id;
  }

  const submit = (id: string) => component.get<SubmitRequestUseCase>(SubmitRequestUseCase).execute(agency.signatory(), id);

  /** The fixture without what form 2 added: the request as it was written before claims. */
  function withoutClaims() {
    const content = agency.content();
    const { functions: _f, dataObjects: _d, ...system } = content.system;
    const reasons = content.justification.reasons.map(({ category, explanation }) => ({ category, explanation }));
    const { platformAlternativeKzt: _p, ...budget } = content.budget;
    return { ...content, system, justification: { ...content.justification, reasons }, budget };
  }

  it('stamps a new draft with form 2 and hands the claims to review in request.submitted.v1', async () => {
    const id = await draftWithDocuments(agency.content());
    expect((await dataSource.query('SELECT form_version FROM intake.requests WHERE id = $1', [id])) as unknown[]).toEqual([
      { form_version: 2 },
    ]);
    const outcome = await submit(id);
    expect(outcome.body).toMatchObject({ status: 'submitted', formVersion: 2 });
    const submitted = (await outboxRows<any>(dataSource, 'intake', { aggregateId: id })).at(-1)!;
    expect(submitted.envelope.payload).toMatchObject({
      formVersion: 2,
      content: {
        system: { functions: ['state_secrets_protection', 'document_management'] },
        justification: {
          reasons: [{ capabilities: [{ capabilityId: 'env-prod', gap: 'insufficient' }, { capabilityId: 'document-storage' }] }],
        },
        budget: { platformAlternativeKzt: '1400000000.00' },
      },
    });
  });

  it('refuses a form-2 draft without its claims, field by field, and leaves it a draft', async () => {
    const id = await draftWithDocuments(withoutClaims());
    await expect(submit(id)).rejects.toMatchObject({
      code: 'INCOMPLETE_REQUEST',
      details: [
        { field: 'system.functions', code: 'TOO_FEW', params: { min: 1 } },
        { field: 'system.dataObjects', code: 'TOO_FEW', params: { min: 1 } },
        { field: 'justification.reasons.0.capabilities', code: 'TOO_FEW', params: { min: 1 } },
        { field: 'justification.reasons.0.evidence.classificationActRef', code: 'REQUIRED' },
        { field: 'budget.platformAlternativeKzt', code: 'REQUIRED' },
      ],
    });
    expect((await dataSource.query('SELECT status FROM intake.requests WHERE id = $1', [id])) as unknown[]).toEqual([{ status: 'draft' }]);
  });

  it('still submits a draft written under form 1 by the rules of form 1', async () => {
    const id = await draftWithDocuments(withoutClaims());
    await dataSource.query('UPDATE intake.requests SET form_version = 1 WHERE id = $1', [id]);
    expect((await submit(id)).body).toMatchObject({ status: 'submitted', formVersion: 1 });
  });

  it("keeps the operator's obligation for the applicant's agency only", async () => {
    const id = await draftWithDocuments(agency.content());
    const number = (await submit(id)).body.registrationNumber!;
    const payload = {
      obligationId: randomUUID(),
      requestId: id,
      registrationNumber: number,
      agencyBin: agency.agencyBin,
      decisionId: randomUUID(),
      decisionNumber: 'QTX-D-2026-0099',
      opinionId: randomUUID(),
      offer: { capabilities: ['env-prod'], deliveryDate: '2027-10-01', costKzt: '350000000.00', terms: null },
      offeredBy: { id: 'operator-1', name: 'Оператор QazTech' },
      recordedAt: new Date().toISOString(),
    };
    const handler = component.get<EventHandler>(PlatformObligationRecordedHandler);
    const event = eventFrom('platform.obligation_recorded.v1', id, payload);
    // Delivered twice, recorded once.
    for (let delivery = 0; delivery < 2; delivery += 1) await dataSource.transaction((manager) => handler.handle(event, manager));
    const query = component.get<PlatformObligationsQuery>(PlatformObligationsQuery);
    const own = await query.ofRequest(agencyScopeOf(agency.signatory().principal), id);
    expect(own).toEqual([expect.objectContaining({ id: payload.obligationId, decisionNumber: 'QTX-D-2026-0099', offer: payload.offer })]);
    const other = anAgency();
    expect(await query.ofRequest(agencyScopeOf(other.signatory().principal), id)).toEqual([]);
  });
});
