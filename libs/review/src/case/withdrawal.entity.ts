import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A withdrawal intake announced, kept even when review never saw the request: its submission may arrive later. */
@Entity({ schema: 'review', name: 'withdrawals' })
export class WithdrawalEntity {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @CreateDateColumn({ name: 'withdrawn_at', type: 'timestamptz' })
  withdrawnAt!: Date;
}
