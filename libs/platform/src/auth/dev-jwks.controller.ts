import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { JWK } from 'jose';
import { PublicRoute } from './access.decorator';

export const DEV_PUBLIC_JWKS = Symbol('DEV_PUBLIC_JWKS');

/**
 * Mounted only while AUTH_DEV_ISSUER=true, so other services can verify development tokens. It is
 * development tooling, not part of the API: the published description is the same in every setting.
 */
@ApiExcludeController()
@Controller('auth/dev')
export class DevJwksController {
  constructor(@Inject(DEV_PUBLIC_JWKS) private readonly jwks: { keys: JWK[] }) {}

  @Get('jwks.json')
  @PublicRoute()
  keys(): { keys: JWK[] } {
    return this.jwks;
  }
}
