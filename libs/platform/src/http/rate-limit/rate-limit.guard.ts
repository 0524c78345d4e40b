import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyReply } from 'fastify';
import { AuthenticatedRequest } from '../../auth/access.guard';
import { DomainError } from '../../errors/domain-error';
import { ErrorCode } from '../../errors/error-codes';
import { RATE_LIMIT_METADATA, RateLimitPolicy } from './rate-limit.decorator';
import { clientKey, policyFor, RateLimitSettings, verdict } from './rate-limit.policy';
import { RateLimiter } from './rate-limiter';

export const RATE_LIMITER = Symbol('RATE_LIMITER');
export const RATE_LIMIT_SETTINGS = Symbol('RATE_LIMIT_SETTINGS');

/**
 * Global guard, registered after the access guard so that a write is counted against the
 * verified token's subject. Requests refused for their token are not counted: they cost a
 * signature check and change nothing.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(RATE_LIMIT_SETTINGS) private readonly settings: RateLimitSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const declared = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const policy = policyFor(declared, request.method);
    if (!policy) return true;
    const key = `${policy}:${clientKey(policy, request.ip, request.principal?.subject)}`;
    const window = await this.limiter.hit(key, this.settings.windowSeconds * 1000);
    // Counters unreachable (Redis, or the queue store on PostgreSQL): let the request through, reads and writes alike. The limiter guards
    // capacity, not secrecy or integrity (the access guard has already run), and writes go to
    // Postgres and the outbox, which are built to keep working while Redis is away; refusing
    // every request for a lost counter would turn a Redis outage into a full outage.
    if (!window) return true;
    const limit = this.settings.limits[policy];
    const answer = verdict(limit, this.settings.windowSeconds, window);
    void context.switchToHttp().getResponse<FastifyReply>().headers(answer.headers);
    if (!answer.allowed) throw new DomainError(ErrorCode.RATE_LIMITED, [], { retryAfter: answer.retryAfterSeconds });
    return true;
  }
}
