export { RegistryModule, REGISTRY_CONTEXT } from './registry.module';
export { REGISTRY_MIGRATIONS } from './migrations';
export { RegisterQuery } from './reading/register.query';
export type { LedgerAnchorView, PublishedDecisionView, RegisterFilters, RegisterPage, RegisterPageRequest } from './reading/register.query';
export { RegistryOutbox, RegistryMessaging } from './shared/registry-outbox';
export { REGISTRY_EVENT_QUEUE, WEBHOOK_DELIVERY_QUEUE } from './shared/registry-queues';
export { REGISTRY_ERRORS, RegistryError, RegistryFieldError } from './shared/registry-errors';
export { opensslVerifyCommands } from './register-page/qualified-signature.view';
