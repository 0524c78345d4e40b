import { AUDIT_EVENT_QUEUE } from '@qaztech/audit';
import { CATALOGUE_EVENT_QUEUE } from '@qaztech/catalogue';
import { ContextName } from '@qaztech/contracts';
import { INTAKE_EVENT_QUEUE } from '@qaztech/intake';
import { REGISTRY_EVENT_QUEUE, WEBHOOK_DELIVERY_QUEUE } from '@qaztech/registry';
import { DEADLINE_QUEUE, REVIEW_EVENT_QUEUE } from '@qaztech/review';

/**
 * Every queue each context reads, as the context names it: what the admin dashboard shows and
 * what `npm run jobs` lists and redrives. A queue a context adds is named here too.
 */
export const CONTEXT_QUEUES: Readonly<Record<ContextName, readonly string[]>> = {
  intake: [INTAKE_EVENT_QUEUE],
  review: [REVIEW_EVENT_QUEUE, DEADLINE_QUEUE],
  registry: [REGISTRY_EVENT_QUEUE, WEBHOOK_DELIVERY_QUEUE],
  audit: [AUDIT_EVENT_QUEUE],
  catalogue: [CATALOGUE_EVENT_QUEUE],
};

export const ALL_QUEUES: readonly string[] = Object.values(CONTEXT_QUEUES).flat();
