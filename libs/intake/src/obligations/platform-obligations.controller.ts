import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, ErrorCode, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { AgencyRequestsQuery } from '../requests/agency-requests.query';
import { agencyScopeOf } from '../shared/agency-scope';
import { PlatformObligationsQuery } from './platform-obligations.query';
import { PlatformObligationsView, toPlatformObligationView } from './platform-obligation.view';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
@Roles('agency.submitter', 'agency.signatory')
export class PlatformObligationsController {
  constructor(
    private readonly requests: AgencyRequestsQuery,
    private readonly obligations: PlatformObligationsQuery,
  ) {}

  @Answers(PlatformObligationsView, { errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.REQUEST_NOT_FOUND] })
  @Get(':id/platform-obligations')
  @ApiOperation({
    summary: "What the platform operator owes your agency on a request (agency submitter, agency signatory; own agency's requests only)",
    description:
      'A counter-offer of the technical opinion becomes the operator’s obligation when the Commission refuses the exemption on its basis.',
  })
  async list(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string): Promise<PlatformObligationsView> {
    const scope = agencyScopeOf(context.principal);
    // Another agency's request is not found, as anywhere else.
    await this.requests.find(scope, id);
    const rows = await this.obligations.ofRequest(scope, id);
    return { items: rows.map(toPlatformObligationView) };
  }
}
