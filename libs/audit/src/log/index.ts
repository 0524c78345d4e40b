export * from './canonical-json';
export * from './merkle';
export * from './tiles';
export * from './tile-proofs';
