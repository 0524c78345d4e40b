import { EventActor } from '@qaztech/contracts';
import { systemActor } from '@qaztech/platform';

export { actorOf } from '@qaztech/platform';

/** Work the platform does on its own: timers, reactions to other contexts' events. */
export const SYSTEM_ACTOR: EventActor = systemActor('review');
