import { eventQueueName } from '@qaztech/contracts';

/**
 * The queues intake reads. It has no machine queue of its own: it consumes only its event queue,
 * whose name the routing in the contracts gives. A queue or job intake adds is named here.
 */
export const INTAKE_EVENT_QUEUE = eventQueueName('intake');
