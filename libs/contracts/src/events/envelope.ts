/** The bounded contexts; each is a source of events with its own gapless sequence. */
export const CONTEXTS = ['intake', 'review', 'registry', 'audit', 'catalogue'] as const;
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
 * The act that made the system take a step by itself (an automatic recusal, a task it opened):
 * the step is the system's, and this names the person's act beside it.
 */
export interface EventCause {
  /** Null when the act left no event of its own, e.g. a vote refused because the voter was recused. */
  eventId: string | null;
  /** The causing event's type; null with `eventId`. */
  type: string | null;
  actor: EventActor;
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
  /** Present on steps the system took by itself because of someone's act. */
  causedBy?: EventCause;
  payload: TPayload;
}

/** An event as written into an outbox, before the relay numbers it. */
export type UnsequencedEvent<TType extends string = string, TPayload = unknown> = Omit<EventEnvelope<TType, TPayload>, 'sequence'>;
