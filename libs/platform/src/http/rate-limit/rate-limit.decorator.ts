import { SetMetadata } from '@nestjs/common';

export const RATE_LIMIT_METADATA = 'qaztech:rate-limit';

/**
 * `public`: login-free reads, counted per client address.
 * `write`: every POST, PUT, PATCH and DELETE, counted per user (per address when anonymous).
 */
export const RATE_LIMIT_POLICIES = ['public', 'write'] as const;
export type RateLimitPolicy = (typeof RATE_LIMIT_POLICIES)[number];

/**
 * Declares a route's or a controller's rate-limit policy. Write methods get `write` without it;
 * reads are limited only where a policy is declared.
 */
export const RateLimit = (policy: RateLimitPolicy): MethodDecorator & ClassDecorator => SetMetadata(RATE_LIMIT_METADATA, policy);
