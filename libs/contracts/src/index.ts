export * from './events/envelope';
export * from './events/request-events';
export * from './events/audit-events';
export * from './events/review-events';
export * from './events/registry-events';
export * from './events/catalogue-events';
export * from './events/catalogue';
export * from './lifecycle/request-status';
