import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, FieldErrorCode } from '@qaztech/platform';
import { AgencyScope } from '../shared/agency-scope';
import { decideReplay, IDEMPOTENCY_KEY_PATTERN, requestFingerprint, StoredOutcome } from './idempotency';
import { IntakeError } from '../shared/intake-errors';

export interface Outcome<T> {
  status: number;
  body: T;
}

const KEYS = 'intake.idempotency_keys';

interface StoredRow {
  fingerprint: string;
  response_status: number | null;
  response_body: unknown;
}

/**
 * Runs an operation at most once per (caller, operation, key). The key row is inserted in the
 * operation's own transaction: a concurrent retry waits on it, then sees the first outcome;
 * if the first attempt fails, its key disappears with it and the retry runs afresh.
 */
@Injectable()
export class IdempotencyRepository {
  async once<T>(
    manager: EntityManager,
    scope: { caller: AgencyScope & { subject: string }; operation: string; key: string | undefined; body: unknown },
    work: () => Promise<Outcome<T>>,
  ): Promise<Outcome<T>> {
    if (scope.key === undefined) return work();
    if (!IDEMPOTENCY_KEY_PATTERN.test(scope.key)) {
      throw DomainError.validation([{ field: 'Idempotency-Key', code: FieldErrorCode.INVALID_FORMAT }]);
    }
    const fingerprint = requestFingerprint(scope.operation, scope.body);
    // Keys belong to a person acting for one agency: the same person acting for another agency
    // must never be handed the first agency's stored answer.
    const owner = `${scope.caller.agencyBin}:${scope.caller.subject}`;
    const key = { owner, operation: scope.operation, key: scope.key };
    await manager
      .createQueryBuilder()
      .insert()
      .into(KEYS, ['owner', 'operation', 'key', 'fingerprint'])
      .values({ ...key, fingerprint })
      .orIgnore()
      .execute();
    const row = await manager
      .createQueryBuilder()
      .select(['k.fingerprint AS fingerprint', 'k.response_status AS response_status', 'k.response_body AS response_body'])
      .from(KEYS, 'k')
      .where('k.owner = :owner AND k.operation = :operation AND k.key = :key', key)
      .getRawOne<StoredRow>();
    const stored: StoredOutcome | undefined = row && { fingerprint: row.fingerprint, status: row.response_status, body: row.response_body };
    const decision = decideReplay(stored, fingerprint);
    if (decision.kind === 'conflict') throw new DomainError(IntakeError.IDEMPOTENCY_KEY_REUSED);
    if (decision.kind === 'replay') return { status: decision.status, body: decision.body as T };
    const outcome = await work();
    await manager
      .createQueryBuilder()
      .update(KEYS)
      .set({ response_status: outcome.status, response_body: JSON.stringify(outcome.body) })
      .where('owner = :owner AND operation = :operation AND key = :key', key)
      .execute();
    return outcome;
  }
}
