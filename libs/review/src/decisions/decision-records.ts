import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DecisionIssuedV1 } from '@qaztech/contracts';
import { DomainError, RequestContext, VerifiedActSignature } from '@qaztech/platform';
import { almatyDate } from '../calendar/working-days';
import { CaseEntity } from '../case/case.entity';
import { CaseWork } from '../case/unit-of-work';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { assertChairOf } from '../meetings/meeting.entity';
import { MeetingRepository } from '../meetings/meeting.repository';
import { ReviewError } from '../shared/review-errors';
import { decisionDocument, ReviewSigning } from '../signing/review-signing';
import { acceptedClaims } from './accepted-claims';
import { isApproval, isFinal } from './decision-rules';
import { DecisionEntity, DecisionStatus } from './decision.entity';
import { DecisionRepository } from './decision.repository';
import { IssueDecisionDto } from './issue-decision.dto';
import { publicRecord } from './public-record';

function statusOf(outcome: DecisionIssuedV1['outcome']): DecisionStatus {
  if (isApproval(outcome)) return 'in_force';
  return isFinal(outcome) ? 'final' : 'not_final';
}

/**
 * The decision as a legal act: the chair's signature checked, then the record numbered, dated
 * no earlier than its meeting, signed and kept, one per agenda item.
 */
@Injectable()
export class DecisionRecords {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly decisions: DecisionRepository,
    private readonly signing: ReviewSigning,
  ) {}

  /** Verified before the act's transaction opens: the CA is asked over the network. */
  async verifySignature(context: RequestContext, itemId: string, body: IssueDecisionDto): Promise<VerifiedActSignature | null> {
    return this.signing.check(context, decisionDocument(itemId, body), body.signature?.cms);
  }

  async assertNoneFor(tx: CaseWork, itemId: string): Promise<void> {
    if (await this.decisions.ofItem(tx.manager, itemId)) throw new DomainError(ReviewError.DECISION_ALREADY_ISSUED);
  }

  async record(
    tx: CaseWork,
    context: RequestContext,
    act: { theCase: CaseEntity; item: AgendaItemEntity; body: IssueDecisionDto; signed: VerifiedActSignature | null },
  ): Promise<DecisionIssuedV1> {
    const { theCase, item, body, signed } = act;
    const meeting = await this.meetings.find(tx.manager, item.meetingId);
    assertChairOf(meeting, context.principal);
    const issuedAt = tx.now();
    // A decision is dated the day it is issued, which cannot come before the meeting that took it.
    if (almatyDate(issuedAt) < meeting.meetingDate) {
      throw new DomainError(ReviewError.MEETING_NOT_HELD_YET, [], { meetingDate: meeting.meetingDate });
    }
    const published = publicRecord({
      decisionId: randomUUID(),
      decisionNumber: await this.decisions.nextNumber(tx.manager, Number(almatyDate(issuedAt).slice(0, 4))),
      request: theCase,
      version: item.version,
      outcome: body.outcome,
      conditions: body.conditions ?? [],
      validUntil: body.validUntil ?? null,
      reasoning: body.reasoning,
      meeting: { id: meeting.id, date: meeting.meetingDate, protocolNumber: meeting.protocolNumber },
      tally: item.tally!,
      issuedAt,
      chair: { name: context.principal.name, position: body.chairPosition.trim() },
      claims: acceptedClaims(theCase.content, body),
    });
    // The chair's signature is published with the decision: anyone can check it with openssl.
    if (signed) {
      published.signature = signed.event;
      await this.signing.record(tx.manager, signed, published.decisionId, theCase.id);
    }
    await this.decisions.insert(tx.manager, decisionOf(published, item, context.principal.subject));
    return published;
  }

  /** A final decision on a reconsidered case takes the place of the decision reconsidered. */
  async supersede(tx: CaseWork, decisionId: string): Promise<void> {
    await this.decisions.supersede(tx.manager, decisionId);
  }
}

function decisionOf(published: DecisionIssuedV1, item: AgendaItemEntity, issuedBy: string): DecisionEntity {
  return {
    id: published.decisionId,
    decisionNumber: published.decisionNumber,
    requestId: published.requestId,
    itemId: item.id,
    version: item.version,
    round: item.round,
    outcome: published.outcome,
    status: statusOf(published.outcome),
    validUntil: published.validUntil,
    issuedAt: new Date(published.issuedAt),
    issuedBy,
    published,
    revokedAt: null,
    revocationReasons: null,
    reconsiderationRequestedAt: null,
  };
}
