import { EventActor } from '@qaztech/contracts';
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
