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
    await manager.query(
      `INSERT INTO intake.idempotency_keys (owner, operation, key, fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [owner, scope.operation, scope.key, fingerprint],
    );
    const [row] = (await manager.query(
      `SELECT fingerprint, response_status, response_body FROM intake.idempotency_keys
        WHERE owner = $1 AND operation = $2 AND key = $3`,
      [owner, scope.operation, scope.key],
    )) as StoredRow[];
    const stored: StoredOutcome | undefined = row && { fingerprint: row.fingerprint, status: row.response_status, body: row.response_body };
    const decision = decideReplay(stored, fingerprint);
    if (decision.kind === 'conflict') throw new DomainError(IntakeError.IDEMPOTENCY_KEY_REUSED);
    if (decision.kind === 'replay') return { status: decision.status, body: decision.body as T };
    const outcome = await work();
    await manager.query(
      `UPDATE intake.idempotency_keys SET response_status = $4, response_body = $5
        WHERE owner = $1 AND operation = $2 AND key = $3`,
      [owner, scope.operation, scope.key, outcome.status, JSON.stringify(outcome.body)],
    );
    return outcome;
  }
}
