import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@qaztech/platform';
import { VoteEntity } from '../voting/vote.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { ReviewError } from '../shared/review-errors';

@Injectable()
export class MeetingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<MeetingEntity> {
    const meeting = await manager.findOneBy(MeetingEntity, { id });
    if (!meeting) throw new DomainError(ReviewError.MEETING_NOT_FOUND);
    return meeting;
  }

  async lock(id: string, manager: EntityManager): Promise<MeetingEntity> {
    const meeting = await manager.findOne(MeetingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!meeting) throw new DomainError(ReviewError.MEETING_NOT_FOUND);
    return meeting;
  }

  async item(id: string, manager: EntityManager = this.dataSource.manager): Promise<AgendaItemEntity> {
    const item = await manager.findOneBy(AgendaItemEntity, { id });
    if (!item) throw new DomainError(ReviewError.AGENDA_ITEM_NOT_FOUND);
    return item;
  }

  /**
   * Voting takes the item in share mode and closing in update mode: votes run side by side, and
   * a close waits for the votes in flight, after which no vote gets in.
   */
  async lockItem(id: string, manager: EntityManager, mode: 'pessimistic_read' | 'pessimistic_write'): Promise<AgendaItemEntity> {
    const item = await manager.findOne(AgendaItemEntity, { where: { id }, lock: { mode } });
    if (!item) throw new DomainError(ReviewError.AGENDA_ITEM_NOT_FOUND);
    return item;
  }

  async itemsOf(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.dataSource.manager.find(AgendaItemEntity, { where: { meetingId }, order: { position: 'ASC' } });
  }

  async nextPosition(meetingId: string, manager: EntityManager): Promise<number> {
    const [row] = (await manager.query('SELECT coalesce(max(position), 0) + 1 AS next FROM review.agenda_items WHERE meeting_id = $1', [
      meetingId,
    ])) as { next: number }[];
    return Number(row?.next ?? 1);
  }

  async votesOf(itemId: string, manager: EntityManager = this.dataSource.manager): Promise<VoteEntity[]> {
    return manager.find(VoteEntity, { where: { itemId }, order: { castAt: 'ASC', memberId: 'ASC' } });
  }

  /** Records a vote or recusal unless the member already has one: false then, never an error. */
  async insertVote(vote: VoteEntity, manager: EntityManager): Promise<boolean> {
    const inserted = (await manager.query(
      `INSERT INTO review.votes (item_id, member_id, member_name, choice, grounds, reason, cast_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (item_id, member_id) DO NOTHING RETURNING member_id`,
      [vote.itemId, vote.memberId, vote.memberName, vote.choice, vote.grounds, vote.reason, vote.castAt],
    )) as unknown[];
    return inserted.length === 1;
  }
}
