import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAPABILITY_CATEGORIES, CAPABILITY_STATUSES } from '@qaztech/contracts';
import { CapabilityDescriptionsDto, CapabilityLimitsDto, CapabilityNamesDto } from './capability.dto';

/** An entry's version as every catalogue answer gives it: the schema the API description shows. */
export class CapabilityRecordDoc {
  @ApiProperty({ example: 'gitlab' }) id!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ enum: CAPABILITY_CATEGORIES }) category!: string;
  @ApiProperty({ type: CapabilityNamesDto }) names!: CapabilityNamesDto;
  @ApiProperty({ type: CapabilityDescriptionsDto }) descriptions!: CapabilityDescriptionsDto;
  @ApiProperty({ enum: CAPABILITY_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) plannedFor!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) availableSince!: string | null;
  @ApiProperty({ type: CapabilityLimitsDto }) limits!: CapabilityLimitsDto;
  @ApiProperty() owner!: string;
  @ApiProperty({ description: 'True while the entry is the seed’s assumption, not yet confirmed or changed by the operator' })
  assumption!: boolean;
  @ApiProperty() retired!: boolean;
  @ApiProperty({ format: 'date-time', description: 'When this version was recorded' }) recordedAt!: string;
}

export class CatalogueDoc {
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'The day read as of; null for the catalogue in force' })
  asOf!: string | null;
  @ApiProperty({ type: [CapabilityRecordDoc] }) items!: CapabilityRecordDoc[];
  @ApiPropertyOptional({
    oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }],
    description: 'Present while some entry is an assumption: in kk/ru/en, or in the language asked for',
  })
  assumptionNotice?: unknown;
}

class ActorDoc {
  @ApiProperty() id!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

export class CapabilityVersionDoc {
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ['created', 'updated', 'status_changed', 'retired'] }) change!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: ActorDoc }) recordedBy!: ActorDoc;
  @ApiProperty({ type: CapabilityRecordDoc }) capability!: CapabilityRecordDoc;
}

export class CapabilityVersionsDoc {
  @ApiProperty() capabilityId!: string;
  @ApiProperty({ type: [CapabilityVersionDoc] }) versions!: CapabilityVersionDoc[];
}
