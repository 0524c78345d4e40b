import { VoteChoice } from '@qaztech/contracts';
import { VoteEntity } from './vote.entity';

export interface VoteView {
  itemId: string;
  memberId: string;
  memberName: string;
  choice: VoteChoice | 'recused';
  grounds: string | null;
  reason: string | null;
  castAt: string;
}

export function toVoteView(vote: VoteEntity): VoteView {
  const { itemId, memberId, memberName, choice, grounds, reason } = vote;
  return { itemId, memberId, memberName, choice, grounds, reason, castAt: vote.castAt.toISOString() };
}
