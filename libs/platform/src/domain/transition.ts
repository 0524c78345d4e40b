import { nextStatus, RequestAction, RequestStatus } from '@qaztech/contracts';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';

/** Asks the lifecycle table; a move it does not allow is a 409 INVALID_TRANSITION. */
export function transition(status: RequestStatus, action: RequestAction): RequestStatus {
  const next = nextStatus(status, action);
  if (!next) throw new DomainError(ErrorCode.INVALID_TRANSITION, [], { status, action });
  return next;
}
