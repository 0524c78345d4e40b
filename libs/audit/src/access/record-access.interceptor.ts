import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { FastifyRequest } from 'fastify';
import { catchError, from, map, Observable, switchMap, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuthenticatedRequest, DomainError, FieldErrorCode, nulCharacterFields, requestContextOf } from '@qaztech/platform';
import { AuditOutbox } from '../shared/audit-outbox';

/**
 * Writes `audit.accessed.v1` while an auditor's read runs, and answers only once the record is
 * written: if it cannot be, the read is refused, so no read of the ledger goes unrecorded. The
 * read does not wait for the write to start, which saves a round trip on every audit read. A
 * handler that sends its own reply (a stream) could answer first, so it waits for the record.
 */
function writesItsOwnReply(context: ExecutionContext): boolean {
  const parameters = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}) as object;
  return Object.keys(parameters).some((key) => key.startsWith(`${RouteParamtypes.RESPONSE}:`));
}

@Injectable()
export class RecordAccessInterceptor implements NestInterceptor {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly outbox: AuditOutbox,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & FastifyRequest>();
    // The record holds the parameters as text, which cannot hold U+0000: such a read is refused
    // here, as the validation after this would refuse it, instead of failing the record's insert.
    const unstorable = [...nulCharacterFields(request.params), ...nulCharacterFields(request.query)];
    if (unstorable.length > 0) {
      return throwError(() => DomainError.validation(unstorable.map((field) => ({ field, code: FieldErrorCode.CONTROL_CHARACTER }))));
    }
    if (writesItsOwnReply(context)) return from(this.record(request)).pipe(switchMap(() => next.handle()));
    const recorded = this.record(request);
    // Observed below on every path; this only keeps a failure during a failing read from going unhandled.
    recorded.catch(() => undefined);
    return next.handle().pipe(
      catchError((error: unknown) => from(recorded).pipe(switchMap(() => throwError(() => error)))),
      switchMap((answer: unknown) => from(recorded).pipe(map(() => answer))),
    );
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
