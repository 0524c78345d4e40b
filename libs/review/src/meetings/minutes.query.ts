import { Injectable } from '@nestjs/common';
import { AgendaItemOutcome, DecisionOutcome, MeetingMemberV1, VoteTallyV1 } from '@qaztech/contracts';
import { DecisionRepository } from '../decisions/decision.repository';
import { toVoteView, VoteView } from '../voting/cast-vote.use-case';
import { MeetingRepository } from './meeting.repository';

export interface MinutesItem {
  itemId: string;
  position: number;
  requestId: string;
  version: number;
  status: 'open' | 'closed';
  recusals: VoteView[];
  votes: VoteView[];
  outcome: AgendaItemOutcome | null;
  tally: VoteTallyV1 | null;
  decision: { id: string; number: string; outcome: DecisionOutcome } | null;
}

export interface Minutes {
  meetingId: string;
  date: string;
  protocolNumber: string;
  members: MeetingMemberV1[];
  present: string[];
  absent: string[];
  items: MinutesItem[];
}

/** The meeting's minutes: who came, who was recused, how each voted, what came of each item. */
@Injectable()
export class MinutesQuery {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly decisions: DecisionRepository,
  ) {}

  async of(meetingId: string): Promise<Minutes> {
    const meeting = await this.meetings.find(meetingId);
    const items = await this.meetings.itemsOf(meetingId);
    const decisions = await this.decisions.ofItems(items.map((item) => item.id));
    const present = meeting.present ?? [];
    const rows: MinutesItem[] = [];
    for (const item of items) {
      const votes = (await this.meetings.votesOf(item.id)).map(toVoteView);
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
}
