import { EventActor } from '@qaztech/contracts';
import { Principal, Role } from '@qaztech/platform';

/** The actor recorded in an event: who, and in which of their roles they acted. */
export function actorOf(principal: Principal, actingAs: readonly Role[]): EventActor {
  const role = principal.roles.find((candidate) => actingAs.includes(candidate)) ?? principal.roles[0] ?? 'unknown';
  return { id: principal.subject, role, name: principal.name, agencyBin: principal.agencyBin };
}
