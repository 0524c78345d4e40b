import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RequestContentV1 } from '@qaztech/contracts';
import { actorOf, AGENCY_ROLES, RequestContext } from '@qaztech/platform';
import { IdempotencyRepository, Outcome } from '../idempotency/idempotency.repository';
import { agencyScopeOf } from '../shared/agency-scope';
import { IntakeUnitOfWork } from '../shared/unit-of-work';
import { plainJson, withApplicantOf } from './applicant-check';
import { CURRENT_FORM_VERSION } from './catalogues';
import { withoutEmpty } from './merge-patch';
import { RequestContentDto } from './request-content.dto';
import { RequestRepository } from './request.repository';
import { RequestView, toRequestView } from './request.view';

@Injectable()
export class CreateRequestUseCase {
  constructor(
    private readonly uow: IntakeUnitOfWork,
    private readonly idempotency: IdempotencyRepository,
    private readonly requests: RequestRepository,
  ) {}

  async execute(context: RequestContext, body: RequestContentDto, idempotencyKey?: string): Promise<Outcome<RequestView>> {
    const scope = agencyScopeOf(context.principal);
    const submitted = withoutEmpty(plainJson<RequestContentV1>(body));
    const content = withApplicantOf(scope, submitted);
    return this.uow.run((tx) =>
      this.idempotency.once(
        tx.manager,
        { caller: { ...scope, subject: context.principal.subject }, operation: 'create-request', key: idempotencyKey, body: submitted },
        async () => {
          const id = randomUUID();
          const created = await this.requests.insertDraft(tx.manager, {
            id,
            agencyBin: scope.agencyBin,
            content,
            createdBy: context.principal.subject,
            formVersion: CURRENT_FORM_VERSION,
          });
          await tx.append({
            type: 'request.created.v1',
            aggregateId: id,
            actor: actorOf(context.principal, AGENCY_ROLES),
            correlationId: context.requestId,
            payload: { requestId: id, agencyBin: scope.agencyBin, status: created.status, content, formVersion: created.formVersion },
          });
          return { status: 201, body: toRequestView(created, []) };
        },
      ),
    );
  }
}
