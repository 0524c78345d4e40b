import { eventQueueName } from '@qaztech/contracts';

/**
 * The queues audit reads. It has no machine queue of its own: it consumes only its event queue,
 * whose name the routing in the contracts gives. A queue or job audit adds is named here.
 */
export const AUDIT_EVENT_QUEUE = eventQueueName('audit');
