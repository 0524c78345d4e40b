import { EventActor } from '@qaztech/contracts';
import { Principal } from '@qaztech/platform';

/** The administrator who changed a subscription, as the ledger records them. */
export function adminActor(principal: Principal): EventActor {
  return { id: principal.subject, role: 'admin', name: principal.name };
}
