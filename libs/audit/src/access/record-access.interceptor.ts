import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuthenticatedRequest, requestContextOf } from '@qaztech/platform';
import { AuditOutbox } from '../shared/audit-outbox';

/**
 * Writes `audit.accessed.v1` before an auditor's read is answered: if the record cannot be
 * written, the read is refused, so no read of the ledger goes unrecorded.
 */
@Injectable()
export class RecordAccessInterceptor implements NestInterceptor {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly outbox: AuditOutbox,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & FastifyRequest>();
    return from(this.record(request)).pipe(switchMap(() => next.handle()));
  }

  private async record(request: AuthenticatedRequest & FastifyRequest): Promise<void> {
    const caller = requestContextOf(request);
    const parameters: Record<string, string> = {};
    for (const source of [request.params, request.query] as Record<string, unknown>[]) {
      for (const [name, value] of Object.entries(source ?? {})) parameters[name] = String(value);
    }
    await this.outbox.appendAlone(this.dataSource.manager, {
      type: 'audit.accessed.v1',
      aggregateId: null,
      actor: { id: caller.principal.subject, role: 'auditor', name: caller.principal.name },
      correlationId: caller.requestId,
      payload: { route: request.routeOptions.url ?? request.url, parameters },
    });
  }
}
