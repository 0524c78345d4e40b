import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateSubscriptionDto {
  @ApiProperty({ description: 'Where deliveries are POSTed: http(s), a public address', example: 'https://example.kz/qaztech/webhooks' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ description: 'Who the subscriber is and why, for administrators', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description!: string;
}

export class SubscriptionView {
  @ApiProperty() id!: string;
  @ApiProperty() url!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) disabledAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) secretRotatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Until when deliveries are also signed with the previous secret' })
  previousSecretValidUntil!: string | null;
}

/** The answer that shows a secret, once: on creation and on rotation. */
export class SubscriptionWithSecretView extends SubscriptionView {
  @ApiProperty({ description: 'The signing secret: shown only in this answer, keep it safe' })
  secret!: string;
}

export class SubscriptionPageView {
  @ApiProperty({ type: () => [SubscriptionView] }) items!: SubscriptionView[];
  @ApiPropertyOptional() nextCursor?: string;
}
