import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RecusalGrounds, VoteChoice } from '@qaztech/contracts';

/** One member's position on one item: a vote, or a recusal. The key makes a second one impossible. */
@Entity({ schema: 'review', name: 'votes' })
export class VoteEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'text' })
  memberId!: string;

  @Column({ name: 'member_name', type: 'text' })
  memberName!: string;

  @Column({ type: 'text' })
  choice!: VoteChoice | 'recused';

  @Column({ type: 'text', nullable: true })
  grounds!: RecusalGrounds | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'cast_at', type: 'timestamptz' })
  castAt!: Date;
}
