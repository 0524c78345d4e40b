import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContentV1, RequestStatus } from '@qaztech/contracts';
import { Roles } from '@qaztech/platform';
import { OpinionRepository } from '../opinions/opinion.repository';
import { OpinionView, toOpinionView } from '../opinions/submit-opinion.use-case';
import { ReviewClock } from '../shared/review-clock';
import { REVIEW_STAFF_ROLES } from '../shared/stage-roles';
import { UuidPipe } from '../shared/uuid.pipe';
import { TaskRepository } from '../tasks/task.repository';
import { TaskView, toTaskView } from '../tasks/task.view';
import { ReviewRequestRepository } from './review-request.repository';

export interface CaseFileView {
  id: string;
  registrationNumber: string;
  agencyBin: string;
  version: number;
  status: RequestStatus;
  round: number;
  submittedAt: string;
  content: RequestContentV1;
  tasks: TaskView[];
  opinions: OpinionView[];
}

@ApiTags('review: cases')
@ApiBearerAuth()
@Controller('review/requests')
export class CaseFileController {
  constructor(
    private readonly requests: ReviewRequestRepository,
    private readonly tasks: TaskRepository,
    private readonly opinions: OpinionRepository,
    private readonly clock: ReviewClock,
  ) {}

  @Get(':id')
  @Roles(...REVIEW_STAFF_ROLES, 'auditor')
  @ApiOperation({ summary: 'The case as review sees it: the version under review, its tasks and opinions' })
  async get(@Param('id', new UuidPipe('id')) id: string): Promise<CaseFileView> {
    const request = await this.requests.find(id);
    const now = this.clock.now();
    return {
      id: request.id,
      registrationNumber: request.registrationNumber,
      agencyBin: request.agencyBin,
      version: request.version,
      status: request.status,
      round: request.round,
      submittedAt: request.submittedAt.toISOString(),
      content: request.content,
      tasks: (await this.tasks.allOf(id)).map((task) => toTaskView(task, now)),
      opinions: (await this.opinions.allOf(id)).map(toOpinionView),
    };
  }
}
