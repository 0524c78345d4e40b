import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, JSON_BODY_ERRORS, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { VoteView } from '../meetings/vote.view';
import { CastVoteUseCase } from './cast-vote.use-case';
import { ClosedItemView, CloseItemUseCase } from './close-item.use-case';
import { CastVoteDto, CloseItemDto, DeclareConflictDto } from './vote.dto';
import { ReviewError } from '../shared/review-errors';

@ApiTags('review: voting')
@ApiBearerAuth()
@Controller('review/agenda-items')
export class VotingController {
  constructor(
    private readonly castVote: CastVoteUseCase,
    private readonly closeItem: CloseItemUseCase,
  ) {}

  @Answers(VoteView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ReviewError.AGENDA_ITEM_NOT_FOUND,
      ReviewError.NOT_A_MEMBER,
      ReviewError.NOT_PRESENT,
      ReviewError.ALREADY_VOTED,
      ReviewError.RECUSED,
      ReviewError.VOTING_CLOSED,
    ],
  })
  @Post(':id/votes')
  @Roles('commission.member', 'commission.chair')
  @ApiOperation({ summary: 'Vote for, against or abstain; once per member and item' })
  async vote(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string, @Body() body: CastVoteDto): Promise<VoteView> {
    return this.castVote.vote(context, id, body);
  }

  @Answers(VoteView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ReviewError.AGENDA_ITEM_NOT_FOUND,
      ReviewError.NOT_A_MEMBER,
      ReviewError.ALREADY_VOTED,
      ReviewError.RECUSED,
      ReviewError.VOTING_CLOSED,
    ],
  })
  @Post(':id/conflicts')
  @Roles('commission.member', 'commission.chair')
  @ApiOperation({ summary: 'Declare a conflict of interest: the member is recused from the item' })
  async conflict(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: DeclareConflictDto,
  ): Promise<VoteView> {
    return this.castVote.declareConflict(context, id, body);
  }

  @Answers(ClosedItemView, {
    errors: [...JSON_BODY_ERRORS, ReviewError.AGENDA_ITEM_NOT_FOUND, ReviewError.VOTING_CLOSED, ReviewError.OUTCOME_MISMATCH],
  })
  @Post(':id/close')
  @Roles('commission.chair')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close voting: quorum, majority, and the chair on a tie give the outcome' })
  async close(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: CloseItemDto,
  ): Promise<ClosedItemView> {
    return this.closeItem.execute(context, id, body);
  }
}
