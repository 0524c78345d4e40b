import { eventQueueName } from '@qaztech/contracts';

/**
 * The queues the catalogue reads: its event queue only (today it hears the ledger's redelivery
 * requests). A queue or job the catalogue adds is named here.
 */
export const CATALOGUE_EVENT_QUEUE = eventQueueName('catalogue');
