import { EventActor } from '@qaztech/contracts';
import { Principal, Role } from '../auth/roles';

/**
 * The actor an event records: the person, and the role the act was done in.
 *
 * `actingAs` lists the roles the act may be done in, in the order the act prefers them; the
 * first of those the person holds is the role recorded. The order of roles inside the token says
 * nothing (an identity provider may list them in any order), so the same person doing the same
 * act is recorded in the same role, whichever context records it.
 */
export function actorOf(principal: Principal, actingAs: readonly Role[]): EventActor {
  const role = actingAs.find((candidate) => principal.roles.includes(candidate)) ?? principal.roles[0] ?? 'unknown';
  const actor: EventActor = { id: principal.subject, role, name: principal.name };
  if (principal.agencyBin) actor.agencyBin = principal.agencyBin;
  return actor;
}

/** The id and role an event records for a step the system took by itself. */
export const SYSTEM_ACTOR_ID = 'system';

/** The actor of work a context did on its own (timers, reactions to other contexts' events). */
export function systemActor(context: string): EventActor {
  return { id: SYSTEM_ACTOR_ID, role: SYSTEM_ACTOR_ID, name: context };
}
