/** The bounded contexts; each is a source of events with its own gapless sequence. */
export const CONTEXTS = ['intake', 'review', 'registry', 'audit'] as const;
export type ContextName = (typeof CONTEXTS)[number];

export interface EventActor {
  /** Subject of the token, or `system` for work the platform did by itself. */
  id: string;
  /** The role the actor acted in, e.g. `agency.signatory`. */
  role: string;
  name?: string;
  agencyBin?: string;
}

/**
 * What travels between contexts. `sequence` is assigned by the source's outbox relay when the
 * event leaves, gapless per source, so a consumer that sees 7 then 9 knows 8 is missing.
 */
export interface EventEnvelope<TType extends string = string, TPayload = unknown> {
  id: string;
  type: TType;
  source: ContextName;
  sequence: number;
  occurredAt: string;
  /** The request the event concerns, when it concerns one. */
  aggregateId: string | null;
  actor: EventActor;
  /** The HTTP request id (or a job's) that caused the event, carried into every log line. */
  correlationId: string;
  payload: TPayload;
}

/** An event as written into an outbox, before the relay numbers it. */
export type UnsequencedEvent<TType extends string = string, TPayload = unknown> = Omit<EventEnvelope<TType, TPayload>, 'sequence'>;
