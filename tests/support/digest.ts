import { DataSource } from 'typeorm';

/**
 * What a refused request must not change: the state tables of intake and review, and how many
 * events their outboxes hold. Outbox rows themselves are left out, since the relay marks them
 * published in the background.
 */
const STATE_TABLES = [
  'intake.requests',
  'intake.request_versions',
  'intake.attachments',
  'intake.idempotency_keys',
  'intake.registration_counters',
  'intake.platform_obligations',
  'review.requests',
  'review.tasks',
  'review.opinions',
  'review.meetings',
  'review.agenda_items',
  'review.votes',
  'review.decisions',
  'review.decision_counters',
  'review.withdrawals',
  'review.calendar_days',
];

export async function stateDigest(dataSource: DataSource): Promise<string> {
  const parts = STATE_TABLES.map((table) => `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM ${table} t)`);
  const outboxes = `(SELECT count(*) FROM intake.outbox)::text || '/' || (SELECT count(*) FROM review.outbox)::text`;
  const [row] = (await dataSource.query(`SELECT md5(concat_ws(',', ${parts.join(', ')}, ${outboxes})) AS digest`)) as { digest: string }[];
  return row!.digest;
}
