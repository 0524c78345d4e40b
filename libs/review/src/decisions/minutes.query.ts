import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgendaItemOutcome, DECISION_OUTCOMES, DecisionOutcome, VoteTallyV1 } from '@qaztech/contracts';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { MeetingRepository } from '../meetings/meeting.repository';
import { VoteRepository } from '../meetings/vote.repository';
import { MeetingMemberView } from '../meetings/meeting.view';
import { toVoteView, VoteTallyView, VoteView } from '../meetings/vote.view';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { DecisionEntity } from './decision.entity';
import { DecisionRepository } from './decision.repository';

export class MinutesDecisionView {
  @ApiProperty() id!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome!: DecisionOutcome;
}

export class MinutesItem {
  @ApiProperty() itemId!: string;
  @ApiProperty() position!: number;
  @ApiProperty() requestId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ type: () => [VoteView] }) recusals!: VoteView[];
  @ApiProperty({ type: () => [VoteView] }) votes!: VoteView[];
  @ApiPropertyOptional({ enum: ['carried', 'not_carried', 'no_quorum'], nullable: true }) outcome!: AgendaItemOutcome | null;
  @ApiPropertyOptional({ type: () => VoteTallyView, nullable: true }) tally!: VoteTallyV1 | null;
  @ApiPropertyOptional({ type: () => MinutesDecisionView, nullable: true }) decision!: MinutesDecisionView | null;
}

export class Minutes {
  @ApiProperty() meetingId!: string;
  @ApiProperty() date!: string;
  @ApiProperty() protocolNumber!: string;
  @ApiProperty({ type: () => [MeetingMemberView] }) members!: MeetingMemberView[];
  @ApiProperty({ type: [String] }) present!: string[];
  @ApiProperty({ type: [String] }) absent!: string[];
  @ApiProperty({ type: () => [MinutesItem] }) items!: MinutesItem[];
}

/** The meeting's minutes: who came, who was recused, how each voted, what came of each item. */
@Injectable()
export class MinutesQuery {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly meetings: MeetingRepository,
    private readonly votes: VoteRepository,
    private readonly decisions: DecisionRepository,
  ) {}

  /** Read from one snapshot: a vote or a decision committed midway cannot show on one item and not another. */
  async of(meetingId: string): Promise<Minutes> {
    return this.uow.readSnapshot((manager) => this.read(manager, meetingId));
  }

  /** The minutes as this transaction sees them: what the secretary's signature is held against. */
  async read(manager: EntityManager, meetingId: string): Promise<Minutes> {
    const meeting = await this.meetings.find(manager, meetingId);
    const items = await this.meetings.itemsOf(manager, meetingId);
    const decisions = await this.decisions.ofItems(
      manager,
      items.map((item) => item.id),
    );
    const votes = new Map<string, VoteView[]>();
    for (const item of items) votes.set(item.id, (await this.votes.of(manager, item.id)).map(toVoteView));
    return minutesOf(meeting, items, votes, decisions);
  }
}

function minutesOf(
  meeting: MeetingEntity,
  items: readonly AgendaItemEntity[],
  allVotes: ReadonlyMap<string, VoteView[]>,
  decisions: readonly DecisionEntity[],
): Minutes {
  const present = meeting.present ?? [];
  const rows: MinutesItem[] = [];
  for (const item of items) {
    const votes = allVotes.get(item.id) ?? [];
    const decision = decisions.find((candidate) => candidate.itemId === item.id);
    rows.push({
      itemId: item.id,
      position: item.position,
      requestId: item.requestId,
      version: item.version,
      status: item.status,
      recusals: votes.filter((vote) => vote.choice === 'recused'),
      votes: votes.filter((vote) => vote.choice !== 'recused'),
      outcome: item.outcome,
      tally: item.tally,
      decision: decision ? { id: decision.id, number: decision.decisionNumber, outcome: decision.outcome } : null,
    });
  }
  return {
    meetingId: meeting.id,
    date: meeting.meetingDate,
    protocolNumber: meeting.protocolNumber,
    members: meeting.members,
    present,
    absent: meeting.members.map((member) => member.id).filter((id) => !present.includes(id)),
    items: rows,
  };
}
