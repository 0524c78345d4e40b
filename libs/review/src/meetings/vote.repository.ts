import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { VoteEntity } from './vote.entity';

/** Members' votes and recusals on agenda items: one each per member and item. */
@Injectable()
export class VoteRepository {
  async of(manager: EntityManager, itemId: string): Promise<VoteEntity[]> {
    return manager
      .createQueryBuilder(VoteEntity, 'vote')
      .where('vote.item_id = :itemId', { itemId })
      .orderBy('vote.cast_at', 'ASC')
      .addOrderBy('vote.member_id', 'ASC')
      .getMany();
  }

  /** Records a vote or recusal unless the member already has one: false then, never an error. */
  async insert(manager: EntityManager, vote: VoteEntity): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(VoteEntity)
      .values(vote)
      .orIgnore()
      .returning('member_id')
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length === 1;
  }
}
