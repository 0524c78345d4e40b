import { nextStatus, RequestAction, RequestStatus } from '@qaztech/contracts';
import { DomainError, ErrorCode } from '@qaztech/platform';

/** The lifecycle's answer, as a 409 INVALID_TRANSITION when the move is not in the table. */
export function transition(status: RequestStatus, action: RequestAction): RequestStatus {
  const next = nextStatus(status, action);
  if (!next) throw new DomainError(ErrorCode.INVALID_TRANSITION, [], { status, action });
  return next;
}
