import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { actorOf, RequestContext, transition } from '@qaztech/platform';
import { RequestRepository } from '../requests/request.repository';
import { RequestView, toRequestView } from '../requests/request.view';
import { agencyScopeOf } from '../shared/agency-scope';
import { checkIfMatch } from '../shared/if-match';
import { IntakeUnitOfWork } from '../shared/unit-of-work';

export class WithdrawRequestDto {
  @ApiProperty({ description: 'Why the agency withdraws the request', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

/** Withdraws a request at any point before the Commission decides. */
@Injectable()
export class WithdrawRequestUseCase {
  constructor(
    private readonly uow: IntakeUnitOfWork,
    private readonly requests: RequestRepository,
  ) {}

  async execute(context: RequestContext, id: string, body: WithdrawRequestDto, ifMatch?: string): Promise<RequestView> {
    const scope = agencyScopeOf(context.principal);
    return this.uow.run(async (tx) => {
      const request = await this.requests.lockVisible(tx.manager, scope, id);
      checkIfMatch(ifMatch, request.rowVersion, false);
      const previousStatus = request.status;
      request.status = transition(request.status, 'withdraw');
      request.withdrawnAt = tx.now();
      request.rowVersion += 1;
      await this.requests.save(tx.manager, request);
      await tx.append({
        type: 'request.withdrawn.v1',
        aggregateId: id,
        actor: actorOf(context.principal, ['agency.signatory']),
        correlationId: context.requestId,
        payload: { requestId: id, registrationNumber: request.registrationNumber, previousStatus, reason: body.reason.trim() },
      });
      return toRequestView(request, await this.requests.attachmentsOf(tx.manager, id));
    });
  }
}
