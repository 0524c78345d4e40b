import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, FieldErrorCode } from '@qaztech/platform';
import { decideReplay, IDEMPOTENCY_KEY_PATTERN, requestFingerprint, StoredOutcome } from './idempotency';

export interface Outcome<T> {
  status: number;
  body: T;
}

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
    scope: { principal: string; operation: string; key: string | undefined; body: unknown },
    work: () => Promise<Outcome<T>>,
  ): Promise<Outcome<T>> {
    if (scope.key === undefined) return work();
    if (!IDEMPOTENCY_KEY_PATTERN.test(scope.key)) {
      throw DomainError.validation([{ field: 'Idempotency-Key', code: FieldErrorCode.INVALID_FORMAT }]);
    }
    const fingerprint = requestFingerprint(scope.operation, scope.body);
    await manager.query(
      `INSERT INTO intake.idempotency_keys (principal, operation, key, fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [scope.principal, scope.operation, scope.key, fingerprint],
    );
    const [row] = (await manager.query(
      `SELECT fingerprint, response_status, response_body FROM intake.idempotency_keys
        WHERE principal = $1 AND operation = $2 AND key = $3`,
      [scope.principal, scope.operation, scope.key],
    )) as StoredRow[];
    const stored: StoredOutcome | undefined = row && { fingerprint: row.fingerprint, status: row.response_status, body: row.response_body };
    const decision = decideReplay(stored, fingerprint);
    if (decision.kind === 'conflict') throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED);
    if (decision.kind === 'replay') return { status: decision.status, body: decision.body as T };
    const outcome = await work();
    await manager.query(
      `UPDATE intake.idempotency_keys SET response_status = $4, response_body = $5
        WHERE principal = $1 AND operation = $2 AND key = $3`,
      [scope.principal, scope.operation, scope.key, outcome.status, JSON.stringify(outcome.body)],
    );
    return outcome;
  }
}
