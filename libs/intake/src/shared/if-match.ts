import { DomainError } from '@qaztech/platform';
import { IntakeError } from './intake-errors';

/** The ETag of a request: its row version, as a strong entity tag. */
export function etagOf(rowVersion: number): string {
  return `"${rowVersion}"`;
}

/**
 * Checks an If-Match header against the current row version. `required` edits refuse to run
 * without one (428): a blind overwrite of someone else's edit is exactly what it prevents.
 */
export function checkIfMatch(header: string | undefined, rowVersion: number, required: boolean): void {
  if (header === undefined || header.trim() === '') {
    if (required) throw new DomainError(IntakeError.PRECONDITION_REQUIRED);
    return;
  }
  if (header.trim() === '*') return;
  const tags = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  const matches = tags.some((tag) => tag === etagOf(rowVersion) || tag === String(rowVersion));
  if (!matches) throw new DomainError(IntakeError.VERSION_MISMATCH);
}
