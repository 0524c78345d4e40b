// The ledger core stays free of the framework: it takes the serialization from its own file, not
// through the platform's entry point, so the verifier's worker threads load no NestJS.
export * from '../../../platform/src/util/canonical-json';
export * from './merkle';
export * from './tiles';
export * from './tile-proofs';
export * from './note';
export * from './checkpoint';
export * from './ledger-entry';
export * from './frontier';
export * from './export-format';
export * from './entry-line';
export * from './entry-inspection';
export * from './inspected-block';
export { VerificationFailure } from './verification-result';
export type { VerificationProblem, VerificationProblemCode, VerificationResult, VerifyOptions } from './verification-result';
export * from './verifier';
export * from './worker-inspection';
