import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Principal } from '../auth/roles';
import { AuthenticatedRequest } from '../auth/access.guard';
import { Language, negotiateLanguage } from '../errors/language';

/** What a use case needs to know about the call: who, in which language, under which request id. */
export interface RequestContext {
  principal: Principal;
  requestId: string;
  language: Language;
}

export function requestContextOf(request: AuthenticatedRequest): RequestContext {
  if (!request.principal) throw new Error('Request context asked for on a public route');
  return {
    principal: request.principal,
    requestId: String(request.id),
    language: negotiateLanguage(request.headers['accept-language']),
  };
}

/** Injects the RequestContext of an authenticated route. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  requestContextOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
