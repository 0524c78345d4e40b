import { EntityManager } from 'typeorm';
import { EventEnvelope, EventType, eventsConsumedBy, SourceHead } from '@qaztech/contracts';
import { EventHandler, preparedQuery } from '@qaztech/platform';

export const INBOX_CHANNEL = 'audit_inbox';

/**
 * Lands events in the inbox, once each, in the order given: the integrator appends them to the
 * log in source order. An event arriving twice (a redelivery) is a no-op; a commit wakes the
 * integrator.
 */
export async function landInInbox(manager: EntityManager, events: readonly EventEnvelope[]): Promise<void> {
  // One round trip for all of them. The integrator looks for waiting events source by source, so
  // the sources are made known too; only when one is not known yet, read from the snapshot: an
  // INSERT … ON CONFLICT on the existing row would wait for the integrator's batch, which updates
  // that row, and hold every delivery of the source behind each append.
  // The envelopes go as one JSON document, unpacked by the server: an array of jsonb would be
  // escaped element by element by the driver and parsed element by element by the server.
  await preparedQuery(
    manager,
    'audit.inbox_land',
    `WITH arrived AS (
       SELECT (e->>'id')::uuid AS event_id, e->>'source' AS source, (e->>'sequence')::bigint AS source_sequence,
              e AS envelope, position
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS arrived (e, position)),
     landed AS (
       INSERT INTO audit.inbox (event_id, source, source_sequence, envelope)
       SELECT event_id, source, source_sequence, envelope FROM arrived
        WHERE NOT EXISTS (SELECT 1 FROM audit.entries WHERE entries.event_id = arrived.event_id)
        ORDER BY position
       ON CONFLICT DO NOTHING),
     known AS (
       INSERT INTO audit.source_progress (source)
       SELECT DISTINCT source FROM arrived
        WHERE NOT EXISTS (SELECT 1 FROM audit.source_progress WHERE source_progress.source = arrived.source)
       ON CONFLICT DO NOTHING)
     SELECT pg_notify($2, '')`,
    [JSON.stringify(events), INBOX_CHANNEL],
  );
}

/**
 * One handler per event type routed to the ledger (all of them), each landing in the inbox. They
 * share one `handleAll`, so the consumer lands a group's events in one statement.
 */
export function inboxHandlers(): EventHandler[] {
  const handleAll = (events: EventEnvelope[], manager: EntityManager) => landInInbox(manager, events);
  return eventsConsumedBy('audit').map((eventType: EventType) => ({
    eventType,
    handle: (event, manager) => landInInbox(manager, [event]),
    handleAll,
  }));
}

/** Records how far a source says it has published, so a missing tail is noticed. */
export async function recordAnnouncedHead(manager: EntityManager, head: SourceHead): Promise<void> {
  await manager.query(
    `INSERT INTO audit.source_progress (source, announced_head) VALUES ($1, $2)
     ON CONFLICT (source) DO UPDATE SET announced_head = greatest(audit.source_progress.announced_head, excluded.announced_head)`,
    [head.source, head.lastSequence],
  );
}
