import { EntityManager } from 'typeorm';
import { EventEnvelope, EventType, eventsConsumedBy, SourceHead } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';

export const INBOX_CHANNEL = 'audit_inbox';

/**
 * Lands an event in the inbox, once: the integrator appends it to the log in source order. The
 * same event arriving twice (a redelivery) is a no-op; a commit wakes the integrator.
 */
export async function landInInbox(manager: EntityManager, event: EventEnvelope): Promise<void> {
  // One round trip. The integrator looks for waiting events source by source, so the source is
  // made known too; only when it is not known yet, read from the snapshot: an INSERT … ON
  // CONFLICT on the existing row would wait for the integrator's batch, which updates that row,
  // and hold every delivery of the source behind each append.
  await manager.query(
    `WITH landed AS (
       INSERT INTO audit.inbox (event_id, source, source_sequence, envelope)
       SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM audit.entries WHERE event_id = $1)
       ON CONFLICT DO NOTHING),
     known AS (
       INSERT INTO audit.source_progress (source)
       SELECT $2 WHERE NOT EXISTS (SELECT 1 FROM audit.source_progress WHERE source = $2)
       ON CONFLICT DO NOTHING)
     SELECT pg_notify($5, '')`,
    [event.id, event.source, event.sequence, JSON.stringify(event), INBOX_CHANNEL],
  );
}

/** One handler per event type routed to the ledger (all of them), each landing in the inbox. */
export function inboxHandlers(): EventHandler[] {
  return eventsConsumedBy('audit').map((eventType: EventType) => ({ eventType, handle: (event, manager) => landInInbox(manager, event) }));
}

/** Records how far a source says it has published, so a missing tail is noticed. */
export async function recordAnnouncedHead(manager: EntityManager, head: SourceHead): Promise<void> {
  await manager.query(
    `INSERT INTO audit.source_progress (source, announced_head) VALUES ($1, $2)
     ON CONFLICT (source) DO UPDATE SET announced_head = greatest(audit.source_progress.announced_head, excluded.announced_head)`,
    [head.source, head.lastSequence],
  );
}
