import { EventActor, EventCause } from '@qaztech/contracts';
import { Principal, Role } from '@qaztech/platform';

/** The actor an event records: the person and the role they acted in here. */
export function actorOf(principal: Principal, actingAs: readonly Role[]): EventActor {
  const role = actingAs.find((candidate) => principal.roles.includes(candidate)) ?? principal.roles[0] ?? 'unknown';
  const actor: EventActor = { id: principal.subject, role, name: principal.name };
  if (principal.agencyBin) actor.agencyBin = principal.agencyBin;
  return actor;
}

/** Work the platform does on its own: timers, reactions to other contexts' events. */
export const SYSTEM_ACTOR: EventActor = { id: 'system', role: 'system', name: 'review' };

/** An act, as written to the outbox, that may set off steps the system takes by itself. */
export interface Act {
  id: string;
  type: string;
  actor: EventActor;
  correlationId: string;
}

/** Who a step the system took because of `act` is recorded as: the system, with the act beside it. */
export function systemStepAfter(act: Act): { actor: EventActor; correlationId: string; causedBy: EventCause } {
  return { actor: SYSTEM_ACTOR, correlationId: act.correlationId, causedBy: { eventId: act.id, type: act.type, actor: act.actor } };
}
