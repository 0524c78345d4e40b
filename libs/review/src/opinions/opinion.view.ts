import { ApiProperty } from '@nestjs/swagger';
import {
  CounterOfferV1,
  EXPERT_KINDS,
  ExpertKind,
  GAP_ANSWERS,
  GapAnswer,
  GapAnswerV1,
  REASON_RATINGS,
  ReasonRating,
  ReasonRatingV1,
} from '@qaztech/contracts';
import { OpinionEntity } from './opinion.entity';

export class GapAnswerView implements GapAnswerV1 {
  @ApiProperty() reasonIndex!: number;
  @ApiProperty() capabilityId!: string;
  @ApiProperty({ enum: GAP_ANSWERS }) answer!: GapAnswer;
  @ApiProperty({ type: String, nullable: true, example: '2027-09-01' }) availableBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class CounterOfferView implements CounterOfferV1 {
  @ApiProperty({ type: [String] }) capabilities!: string[];
  @ApiProperty({ example: '2027-10-01' }) deliveryDate!: string;
  @ApiProperty({ example: '380000000.00' }) costKzt!: string;
  @ApiProperty({ type: String, nullable: true }) terms!: string | null;
}

export class ReasonRatingView implements ReasonRatingV1 {
  @ApiProperty() reasonIndex!: number;
  @ApiProperty({ enum: REASON_RATINGS }) rating!: ReasonRating;
  @ApiProperty({ type: String, nullable: true }) requiredAction!: string | null;
}

export class OpinionView {
  @ApiProperty() id!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty() version!: number;
  @ApiProperty() round!: number;
  @ApiProperty({ enum: EXPERT_KINDS }) kind!: ExpertKind;
  @ApiProperty() verdict!: string;
  @ApiProperty() findings!: string;
  @ApiProperty({ type: [String] }) proposedConditions!: string[];
  @ApiProperty({ type: () => [GapAnswerView] }) gapAnswers!: GapAnswerV1[];
  @ApiProperty({ type: () => CounterOfferView, nullable: true }) counterOffer!: CounterOfferV1 | null;
  @ApiProperty({ type: () => [ReasonRatingView] }) reasonRatings!: ReasonRatingV1[];
  @ApiProperty() authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() submittedAt!: string;
}

export function toOpinionView(opinion: OpinionEntity): OpinionView {
  const { id, requestId, version, round, kind, verdict, findings, proposedConditions, authorId, authorName } = opinion;
  return {
    id,
    requestId,
    version,
    round,
    kind,
    verdict,
    findings,
    proposedConditions,
    gapAnswers: opinion.gapAnswers ?? [],
    counterOffer: opinion.counterOffer ?? null,
    reasonRatings: opinion.reasonRatings ?? [],
    authorId,
    authorName,
    submittedAt: opinion.submittedAt.toISOString(),
  };
}
