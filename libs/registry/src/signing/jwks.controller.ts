import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Answers, PublicRoute, RateLimit } from '@qaztech/platform';
import { sendCacheable } from '../reading/http-cache';
import { REGISTRY_KEYS } from '../shared/registry-config';
import { RegistryKeys } from './registry-keys';
import { JsonWebKeySetView } from '../reading/public-record.view';

/** The register's public keys, current and retired: every signature it ever made verifies. */
@ApiTags('public register')
@PublicRoute()
@RateLimit('public')
@Controller('public')
export class JwksController {
  constructor(@Inject(REGISTRY_KEYS) private readonly keys: RegistryKeys) {}

  @Answers(JsonWebKeySetView, { description: 'application/jwk-set+json' })
  @Get('jwks.json')
  @ApiOperation({ summary: 'JWKS of the keys that sign published records (OKP/Ed25519)' })
  async jwks(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await sendCacheable(request, reply, 'application/jwk-set+json', JSON.stringify(this.keys.jwks), 300);
  }
}
