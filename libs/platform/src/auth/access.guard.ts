import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { ACCESS_METADATA, AccessRule } from './access.decorator';
import { Principal } from './roles';
import { TokenVerifier } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** Global guard: authenticates the bearer token and checks the route's declared roles. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    // Unreachable for controllers (boot refuses them), but a guard must fail closed.
    if (!rule) throw new DomainError(ErrorCode.FORBIDDEN);
    if (rule.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    const principal = await this.verifier.verify(token);
    if (!principal.roles.some((role) => rule.roles.includes(role))) throw new DomainError(ErrorCode.FORBIDDEN);
    request.principal = principal;
    return true;
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
