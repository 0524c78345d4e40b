/** Injection token of the checkpoint signing and verifying keys. */
export const CHECKPOINT_KEYS = Symbol('CHECKPOINT_KEYS');
