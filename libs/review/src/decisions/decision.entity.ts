import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DecisionIssuedV1, DecisionOutcome } from '@qaztech/contracts';

/** in_force: a granted exemption; final: a refusal; not_final: a deferral or a return. */
export type DecisionStatus = 'in_force' | 'final' | 'not_final' | 'superseded' | 'revoked' | 'expired';

@Entity({ schema: 'review', name: 'decisions' })
export class DecisionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'int' })
  round!: number;

  @Column({ type: 'text' })
  outcome!: DecisionOutcome;

  @Column({ type: 'text' })
  status!: DecisionStatus;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'issued_by', type: 'text' })
  issuedBy!: string;

  /** Exactly what `decision.issued.v1` carried: the public record of the decision. */
  @Column({ type: 'jsonb' })
  published!: DecisionIssuedV1;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revocation_reasons', type: 'text', nullable: true })
  revocationReasons!: string | null;

  @Column({ name: 'reconsideration_requested_at', type: 'timestamptz', nullable: true })
  reconsiderationRequestedAt!: Date | null;
}

/** The last decision number given in a year: numbers are gapless per year. */
@Entity({ schema: 'review', name: 'decision_counters' })
export class DecisionCounterEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_number', type: 'int' })
  lastNumber!: number;
}
