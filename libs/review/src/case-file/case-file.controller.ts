import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, ErrorCode, Roles, UuidPipe } from '@qaztech/platform';
import { REVIEW_STAFF_ROLES } from '../shared/stage-roles';
import { CaseFileQuery, CaseFileView } from './case-file.query';

@ApiTags('review: cases')
@ApiBearerAuth()
@Controller('review/requests')
export class CaseFileController {
  constructor(private readonly caseFile: CaseFileQuery) {}

  @Answers(CaseFileView, { errors: [ErrorCode.VALIDATION_FAILED, ErrorCode.REQUEST_NOT_FOUND] })
  @Get(':id')
  @Roles(...REVIEW_STAFF_ROLES, 'auditor')
  @ApiOperation({ summary: 'The case as review sees it: the version under review, its tasks and opinions' })
  async get(@Param('id', new UuidPipe('id')) id: string): Promise<CaseFileView> {
    return this.caseFile.of(id);
  }
}
