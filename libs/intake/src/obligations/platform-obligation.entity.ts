import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CounterOfferV1 } from '@qaztech/contracts';

/**
 * What the platform operator owes an applicant: a counter-offer that became an obligation when the
 * Commission refused the exemption on its basis. Intake's copy of review's event, for the agency.
 */
@Entity({ schema: 'intake', name: 'platform_obligations' })
export class PlatformObligationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'agency_bin', type: 'char', length: 12 })
  agencyBin!: string;

  @Column({ name: 'registration_number', type: 'text' })
  registrationNumber!: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'opinion_id', type: 'uuid' })
  opinionId!: string;

  @Column({ type: 'jsonb' })
  offer!: CounterOfferV1;

  @Column({ name: 'offered_by', type: 'jsonb' })
  offeredBy!: { id: string; name: string };

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
