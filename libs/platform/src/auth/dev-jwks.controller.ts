import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { JWK } from 'jose';
import { PublicRoute } from './access.decorator';

export const DEV_PUBLIC_JWKS = Symbol('DEV_PUBLIC_JWKS');

/** Mounted only while AUTH_DEV_ISSUER=true, so other services can verify development tokens. */
@ApiTags('auth')
@Controller('auth/dev')
export class DevJwksController {
  constructor(@Inject(DEV_PUBLIC_JWKS) private readonly jwks: { keys: JWK[] }) {}

  @Get('jwks.json')
  @PublicRoute()
  @ApiOperation({ summary: 'Public keys of the development token issuer (development only)' })
  keys(): { keys: JWK[] } {
    return this.jwks;
  }
}
