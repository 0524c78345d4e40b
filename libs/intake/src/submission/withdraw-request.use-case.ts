import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { actorOf, Clock, RequestContext, transition } from '@qaztech/platform';
import { RequestRepository } from '../requests/request.repository';
import { RequestView, toRequestView } from '../requests/request.view';
import { agencyScopeOf } from '../shared/agency-scope';
import { checkIfMatch } from '../shared/if-match';
import { IntakeOutbox } from '../shared/intake-outbox';

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
    private readonly dataSource: DataSource,
    private readonly requests: RequestRepository,
    private readonly outbox: IntakeOutbox,
    private readonly clock: Clock,
  ) {}

  async execute(context: RequestContext, id: string, body: WithdrawRequestDto, ifMatch?: string): Promise<RequestView> {
    const scope = agencyScopeOf(context.principal);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.lockVisible(manager, scope, id);
      checkIfMatch(ifMatch, request.rowVersion, false);
      const previousStatus = request.status;
      request.status = transition(request.status, 'withdraw');
      request.withdrawnAt = this.clock.now();
      request.rowVersion += 1;
      await this.requests.save(manager, request);
      await this.outbox.append(manager, {
        type: 'request.withdrawn.v1',
        aggregateId: id,
        actor: actorOf(context.principal, ['agency.signatory']),
        correlationId: context.requestId,
        payload: { requestId: id, registrationNumber: request.registrationNumber, previousStatus, reason: body.reason.trim() },
      });
      return toRequestView(request, await this.requests.attachmentsOf(manager, id));
    });
  }
}
