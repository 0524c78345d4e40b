import { randomBytes } from 'node:crypto';
import { EventActor } from '@qaztech/contracts';
import { Principal } from '@qaztech/platform';

/** The administrator who changed a subscription, as the ledger records them. */
export function adminActor(principal: Principal): EventActor {
  return { id: principal.subject, role: 'admin', name: principal.name };
}

/** 256 random bits: only the server makes secrets, so none is ever weak or reused. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
