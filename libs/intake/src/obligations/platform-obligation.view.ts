import { ApiProperty } from '@nestjs/swagger';
import { PlatformObligationEntity } from './platform-obligation.entity';

export class CounterOfferView {
  @ApiProperty({ type: [String], description: 'Ids of the catalogue capabilities the platform provides', example: ['notifications'] })
  capabilities!: string[];
  @ApiProperty({ format: 'date' }) deliveryDate!: string;
  @ApiProperty({ description: 'KZT, a decimal string', example: '350000000.00' }) costKzt!: string;
  @ApiProperty({ type: String, nullable: true }) terms!: string | null;
}

export class PlatformObligationView {
  @ApiProperty() id!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty({ example: 'QTX-2026-000123' }) registrationNumber!: string;
  @ApiProperty({ description: 'The decision that refused the exemption on the basis of the offer' }) decisionNumber!: string;
  @ApiProperty({ type: CounterOfferView }) offer!: CounterOfferView;
  @ApiProperty({ description: 'Who made the offer for the platform operator' }) offeredBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class PlatformObligationsView {
  @ApiProperty({ type: [PlatformObligationView] }) items!: PlatformObligationView[];
}

export function toPlatformObligationView(obligation: PlatformObligationEntity): PlatformObligationView {
  const { capabilities, deliveryDate, costKzt, terms } = obligation.offer;
  return {
    id: obligation.id,
    requestId: obligation.requestId,
    registrationNumber: obligation.registrationNumber,
    decisionNumber: obligation.decisionNumber,
    offer: { capabilities: [...capabilities], deliveryDate, costKzt, terms },
    offeredBy: obligation.offeredBy.name,
    recordedAt: obligation.recordedAt.toISOString(),
  };
}
