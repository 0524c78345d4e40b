import { Injectable } from '@nestjs/common';
import { RequestContentV1 } from '@qaztech/contracts';
import { actorOf, AGENCY_ROLES, RequestContext, transition } from '@qaztech/platform';
import { agencyScopeOf } from '../shared/agency-scope';
import { checkIfMatch } from '../shared/if-match';
import { IntakeUnitOfWork } from '../shared/unit-of-work';
import { plainJson, withApplicantOf } from './applicant-check';
import { mergePatch, withoutEmpty } from './merge-patch';
import { RequestContentDto } from './request-content.dto';
import { RequestRepository } from './request.repository';
import { RequestView, toRequestView } from './request.view';

/** Edits a draft or a returned request by JSON Merge Patch, guarded by If-Match. */
@Injectable()
export class UpdateRequestUseCase {
  constructor(
    private readonly uow: IntakeUnitOfWork,
    private readonly requests: RequestRepository,
  ) {}

  async execute(context: RequestContext, id: string, patch: RequestContentDto, ifMatch: string | undefined): Promise<RequestView> {
    const scope = agencyScopeOf(context.principal);
    const changes = plainJson<Record<string, unknown>>(patch);
    return this.uow.run(async (tx) => {
      const request = await this.requests.lockVisible(tx.manager, scope, id);
      checkIfMatch(ifMatch, request.rowVersion, true);
      transition(request.status, 'edit');
      request.content = withApplicantOf(scope, withoutEmpty(mergePatch<RequestContentV1>(request.content, changes)));
      request.rowVersion += 1;
      await this.requests.save(tx.manager, request);
      await tx.append({
        type: 'request.updated.v1',
        aggregateId: id,
        actor: actorOf(context.principal, AGENCY_ROLES),
        correlationId: context.requestId,
        payload: { requestId: id, version: request.currentVersion, changedSections: Object.keys(changes), content: request.content },
      });
      return toRequestView(request, await this.requests.attachmentsOf(tx.manager, id));
    });
  }
}
