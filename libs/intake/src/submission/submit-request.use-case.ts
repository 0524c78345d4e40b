import { Inject, Injectable } from '@nestjs/common';
import { RequestSubmittedV1 } from '@qaztech/contracts';
import { actorOf, DomainError, RequestContext, transition, VerifiedActSignature } from '@qaztech/platform';
import { IdempotencyRepository, Outcome } from '../idempotency/idempotency.repository';
import { RequestEntity } from '../requests/request.entity';
import { RequestRepository } from '../requests/request.repository';
import { RequestView, toAttachmentRef, toRequestView } from '../requests/request.view';
import { agencyScopeOf } from '../shared/agency-scope';
import { checkIfMatch } from '../shared/if-match';
import { INTAKE_CONFIG, IntakeConfig } from '../shared/intake-config';
import { IntakeUnitOfWork, IntakeWork } from '../shared/unit-of-work';
import { findIncompleteFields } from './completeness';
import { registrationYear } from './registration-number';
import { IntakeError } from '../shared/intake-errors';
import { SubmissionSigning } from './submission-signing';

/**
 * The signatory's submission: checks completeness, gives the registration number on the first
 * submission, freezes the version and hands the full snapshot to review in one event.
 */
@Injectable()
export class SubmitRequestUseCase {
  constructor(
    private readonly uow: IntakeUnitOfWork,
    private readonly requests: RequestRepository,
    private readonly idempotency: IdempotencyRepository,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
    private readonly signing: SubmissionSigning,
  ) {}

  /** `cms`: the signatory's detached CMS over the submission's signing document. */
  async execute(
    context: RequestContext,
    id: string,
    ifMatch?: string,
    idempotencyKey?: string,
    cms?: string,
  ): Promise<Outcome<RequestView>> {
    const scope = agencyScopeOf(context.principal);
    const signed = await this.signing.verify(context, id, cms);
    return this.uow.run((tx) =>
      this.idempotency.once(
        tx.manager,
        {
          caller: { ...scope, subject: context.principal.subject },
          operation: `submit:${id}`,
          key: idempotencyKey,
          body: { ifMatch: ifMatch ?? null, signature: signed?.event.cmsDigest ?? null },
        },
        async () => {
          const request = await this.requests.lockVisible(tx.manager, scope, id);
          checkIfMatch(ifMatch, request.rowVersion, false);
          const resubmission = request.status === 'returned';
          request.status = transition(request.status, resubmission ? 'resubmit' : 'submit');
          const attachments = await this.requests.attachmentsOf(tx.manager, id);
          const incomplete = findIncompleteFields({
            content: request.content,
            attachments,
            agencyBin: scope.agencyBin,
            requiredAttachmentKinds: this.config.INTAKE_REQUIRED_ATTACHMENTS,
            formVersion: request.formVersion,
          });
          if (incomplete.length > 0) throw new DomainError(IntakeError.INCOMPLETE_REQUEST, incomplete);
          const refs = attachments.map(toAttachmentRef);
          if (signed) await this.signing.record(tx.manager, signed, request, refs);
          await this.freeze(tx, request, context, { attachments: refs, resubmission, signed });
          return { status: 200, body: toRequestView(request, attachments) };
        },
      ),
    );
  }

  /**
   * Freezes the version and writes the event, then gives the registration number (on a first
   * submission) to the request, the version and the event at once: the event goes into the
   * outbox first with the number left blank, so that the year's counter is taken last and held
   * only for the statement that fills it in and the commit.
   */
  private async freeze(
    tx: IntakeWork,
    request: RequestEntity,
    context: RequestContext,
    submission: { attachments: RequestSubmittedV1['attachments']; resubmission: boolean; signed: VerifiedActSignature | null },
  ): Promise<void> {
    const { attachments, resubmission, signed } = submission;
    const now = tx.now();
    request.submittedAt = now;
    request.returnRemarks = null;
    request.rowVersion += 1;
    request.updatedAt = now;
    const event = await tx.append({
      type: resubmission ? 'request.resubmitted.v1' : 'request.submitted.v1',
      aggregateId: request.id,
      actor: actorOf(context.principal, ['agency.signatory']),
      correlationId: context.requestId,
      payload: {
        requestId: request.id,
        agencyBin: request.agencyBin,
        registrationNumber: request.registrationNumber ?? '',
        version: request.currentVersion,
        submittedAt: now.toISOString(),
        content: request.content,
        attachments,
        formVersion: request.formVersion,
        ...(signed ? { signature: signed.event } : {}),
      },
    });
    request.registrationNumber = await this.requests.recordSubmission(tx.manager, {
      request,
      version: {
        requestId: request.id,
        version: request.currentVersion,
        content: request.content,
        attachments,
        submittedBy: context.principal.subject,
        submittedByName: context.principal.name,
        submittedAt: now,
      },
      year: registrationYear(now),
      eventId: event.id,
    });
  }
}
