import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@qaztech/platform';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { ReviewError } from '../shared/review-errors';

@Injectable()
export class MeetingRepository {
  async find(manager: EntityManager, id: string): Promise<MeetingEntity> {
    const meeting = await manager.createQueryBuilder(MeetingEntity, 'meeting').where('meeting.id = :id', { id }).getOne();
    if (!meeting) throw new DomainError(ReviewError.MEETING_NOT_FOUND);
    return meeting;
  }

  async lock(manager: EntityManager, id: string): Promise<MeetingEntity> {
    const meeting = await manager
      .createQueryBuilder(MeetingEntity, 'meeting')
      .setLock('pessimistic_write')
      .where('meeting.id = :id', { id })
      .getOne();
    if (!meeting) throw new DomainError(ReviewError.MEETING_NOT_FOUND);
    return meeting;
  }

  /** False when the protocol number is taken: the unique number decides between two secretaries. */
  async insert(manager: EntityManager, meeting: MeetingEntity): Promise<boolean> {
    const { id, meetingDate, protocolNumber, members, createdBy } = meeting;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(MeetingEntity)
      .values({ id, meetingDate, protocolNumber, members, createdBy })
      .orIgnore()
      .returning('id')
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  async saveAttendance(manager: EntityManager, meeting: MeetingEntity): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(MeetingEntity)
      .set({ present: meeting.present, attendanceRecordedAt: meeting.attendanceRecordedAt })
      .where('id = :id', { id: meeting.id })
      .execute();
  }

  async item(manager: EntityManager, id: string): Promise<AgendaItemEntity> {
    const item = await manager.createQueryBuilder(AgendaItemEntity, 'item').where('item.id = :id', { id }).getOne();
    if (!item) throw new DomainError(ReviewError.AGENDA_ITEM_NOT_FOUND);
    return item;
  }

  /**
   * Voting takes the item in share mode and closing in update mode: votes run side by side, and
   * a close waits for the votes in flight, after which no vote gets in.
   */
  async lockItem(manager: EntityManager, id: string, mode: 'pessimistic_read' | 'pessimistic_write'): Promise<AgendaItemEntity> {
    const item = await manager.createQueryBuilder(AgendaItemEntity, 'item').setLock(mode).where('item.id = :id', { id }).getOne();
    if (!item) throw new DomainError(ReviewError.AGENDA_ITEM_NOT_FOUND);
    return item;
  }

  async itemsOf(manager: EntityManager, meetingId: string): Promise<AgendaItemEntity[]> {
    return manager
      .createQueryBuilder(AgendaItemEntity, 'item')
      .where('item.meeting_id = :meetingId', { meetingId })
      .orderBy('item.position', 'ASC')
      .getMany();
  }

  async hasOpenItem(manager: EntityManager, requestId: string): Promise<boolean> {
    return manager
      .createQueryBuilder(AgendaItemEntity, 'item')
      .where("item.request_id = :requestId AND item.status = 'open'", { requestId })
      .getExists();
  }

  async nextPosition(manager: EntityManager, meetingId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(AgendaItemEntity, 'item')
      .select('coalesce(max(item.position), 0) + 1', 'next')
      .where('item.meeting_id = :meetingId', { meetingId })
      .getRawOne<{ next: number }>();
    return Number(row?.next ?? 1);
  }

  async insertItem(manager: EntityManager, item: AgendaItemEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(AgendaItemEntity).values(item).execute();
  }

  async closeItem(manager: EntityManager, item: AgendaItemEntity): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AgendaItemEntity)
      .set({ status: item.status, outcome: item.outcome, tally: item.tally, closedAt: item.closedAt })
      .where('id = :id', { id: item.id })
      .execute();
  }

  /** A withdrawn request leaves every agenda it is on. */
  async closeOpenItemsOf(manager: EntityManager, requestId: string, closedAt: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AgendaItemEntity)
      .set({ status: 'closed', closedAt })
      .where("request_id = :requestId AND status = 'open'", { requestId })
      .execute();
  }
}
