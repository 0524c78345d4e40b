import { IntakeSchema1763800000000 } from './1763800000000-intake-schema';

/** Every migration, in order. Explicit, so the same list runs from source and from the build. */
export const ALL_MIGRATIONS = [IntakeSchema1763800000000];
