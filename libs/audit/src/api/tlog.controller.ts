import { Controller, Get, Inject, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Answers, DomainError, ErrorCode, mediaAnswer, Roles } from '@qaztech/platform';
import { encodeEntryBundle, parseTilePath, TILE_WIDTH } from '../log';
import { LedgerQuery } from '../log-store/ledger.query';
import { TileCache } from '../log-store/tile-cache';
import { cachedTileReader, TileNotFoundError } from '../log-store/tile-store';
import { RecordAccessInterceptor } from '../access/record-access.interceptor';
import { CHECKPOINT_KEYS } from '../shared/tokens';
import { CheckpointKeys } from '../signing/checkpoint-keys';
import { AuditError } from '../shared/audit-errors';

// A tile or bundle at a given width never changes once it exists: caches may keep it forever.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The log as C2SP tlog-tiles, so a standard transparency-log client can fetch checkpoints and
 * tiles and check proofs itself, trusting nothing but the verifier key.
 */
@ApiTags('audit: tlog-tiles')
@ApiBearerAuth()
@Controller('audit/log')
@Roles('auditor')
@UseInterceptors(RecordAccessInterceptor)
export class TlogController {
  constructor(
    private readonly ledger: LedgerQuery,
    private readonly tiles: TileCache,
    @Inject(CHECKPOINT_KEYS) private readonly keys: CheckpointKeys,
  ) {}

  @Answers(mediaAnswer('text/plain'), {
    description: 'The latest signed checkpoint (C2SP signed note)',
    errors: [AuditError.CHECKPOINT_NOT_FOUND],
  })
  @Get('checkpoint')
  @ApiOperation({ summary: 'The latest signed checkpoint (C2SP tlog-checkpoint as a signed note)' })
  async checkpoint(@Res() reply: FastifyReply): Promise<void> {
    const latest = await this.ledger.latestCheckpoint();
    if (!latest) throw new DomainError(AuditError.CHECKPOINT_NOT_FOUND);
    await reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-cache').send(latest.note);
  }

  @Answers(mediaAnswer('text/plain'), { description: 'The verifier keys of the checkpoints, one a line' })
  @Get('key')
  @ApiOperation({ summary: 'The verifier key(s) of the checkpoint signers, one per line' })
  async key(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('content-type', 'text/plain; charset=utf-8').send(`${this.keys.publishedVerifierKeys.join('\n')}\n`);
  }

  @Answers(mediaAnswer('application/octet-stream', 'binary'), { errors: [ErrorCode.VALIDATION_FAILED, AuditError.TILE_NOT_FOUND] })
  @Get('tile/*')
  @ApiOperation({ summary: 'A hash tile `tile/<L>/<N>[.p/<W>]` or an entry bundle `tile/entries/<N>[.p/<W>]`' })
  @ApiParam({ name: 'path', description: 'What follows `tile/`: `<L>/<N>[.p/<W>]` or `entries/<N>[.p/<W>]`', example: '0/000' })
  async tile(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const path = `tile/${(request.params as Record<string, string>)['*'] ?? ''}`;
    const parsed = parseTilePath(path);
    if (!parsed) throw new DomainError(AuditError.TILE_NOT_FOUND);
    const body = parsed.kind === 'entries' ? await this.entryBundle(parsed.index, parsed.width) : await this.hashTile(parsed);
    await reply.header('content-type', 'application/octet-stream').header('cache-control', IMMUTABLE).send(body);
  }

  private async hashTile(tile: { level: number; index: number; width: number }): Promise<Buffer> {
    try {
      return await cachedTileReader(this.ledger.pool, this.tiles)(tile);
    } catch (error) {
      if (error instanceof TileNotFoundError) throw new DomainError(AuditError.TILE_NOT_FOUND);
      throw error;
    }
  }

  private async entryBundle(index: number, width: number): Promise<Buffer> {
    const leaves = await this.ledger.leaves(index * TILE_WIDTH, width);
    if (leaves.length !== width) throw new DomainError(AuditError.TILE_NOT_FOUND);
    return encodeEntryBundle(leaves);
  }
}
