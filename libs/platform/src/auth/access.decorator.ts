import { SetMetadata } from '@nestjs/common';
import { Role } from './roles';

export const ACCESS_METADATA = 'qaztech:access';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** The roles that may call a route. Every route declares this or `@PublicRoute()`; boot checks. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule);

/** A route anyone may call without a token: health probes, the public register. */
export const PublicRoute = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);
