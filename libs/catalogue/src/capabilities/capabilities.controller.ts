import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CapabilityRecordV1 } from '@qaztech/contracts';
import { Answers, Ctx, DomainError, ErrorCode, JSON_BODY_ERRORS, RequestContext, Roles, ROLES } from '@qaztech/platform';
import { CatalogueError } from '../shared/catalogue-errors';
import { CapabilityRecordDoc, CapabilityVersionsDoc, CatalogueDoc } from './capability-docs.dto';
import { endOfAstanaDay } from './as-of';
import { versionOfIfMatch } from './capability-rules';
import {
  CapabilityDescriptionDto,
  CapabilityStatusDto,
  CatalogueAsOfQuery,
  CreateCapabilityDto,
  RetireCapabilityDto,
} from './capability.dto';
import { catalogueView, CatalogueView, CapabilityVersionView, versionView } from './capability.view';
import { CatalogueQuery } from './catalogue.query';
import { CATALOGUE_MAINTAINERS, MaintainCatalogueUseCase } from './maintain-catalogue.use-case';

/** Optional on every change: with it, a change made meanwhile by someone else is refused, not overwritten. */
const IF_MATCH = { name: 'If-Match', required: false, description: 'The version the change is based on, e.g. "3"' };

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** An id that cannot be an entry's is simply not in the catalogue. */
export function capabilityId(id: string): string {
  if (!SLUG.test(id)) throw new DomainError(CatalogueError.CAPABILITY_NOT_FOUND);
  return id;
}

/** The catalogue for everyone signed in; its upkeep for the platform operator and the admin. */
@ApiTags('catalogue')
@ApiBearerAuth()
@Roles(...ROLES)
@Controller('catalogue/capabilities')
export class CapabilitiesController {
  constructor(
    private readonly catalogue: CatalogueQuery,
    private readonly maintain: MaintainCatalogueUseCase,
  ) {}

  @Answers(CatalogueDoc, { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get()
  @ApiOperation({ summary: 'The catalogue in force, or as it stood on a past day (asOf), in all three languages' })
  async list(@Query() query: CatalogueAsOfQuery): Promise<CatalogueView<CapabilityRecordV1>> {
    const items = query.asOf ? await this.catalogue.asOf(endOfAstanaDay(query.asOf)) : await this.catalogue.current();
    return catalogueView(items, query.asOf ?? null);
  }

  @Answers(CapabilityRecordDoc, { errors: [CatalogueError.CAPABILITY_NOT_FOUND] })
  @Get(':id')
  @ApiOperation({ summary: 'One entry, its current version (a retired one says so)' })
  async get(@Param('id') id: string): Promise<CapabilityRecordV1> {
    const record = await this.catalogue.byId(capabilityId(id));
    if (!record) throw new DomainError(CatalogueError.CAPABILITY_NOT_FOUND);
    return record;
  }

  @Answers(CapabilityVersionsDoc, { errors: [CatalogueError.CAPABILITY_NOT_FOUND] })
  @Get(':id/versions')
  @ApiOperation({ summary: 'Every version of one entry, oldest first, with who recorded it and when' })
  async versions(@Param('id') id: string): Promise<{ capabilityId: string; versions: CapabilityVersionView[] }> {
    const rows = await this.catalogue.versions(capabilityId(id));
    if (rows.length === 0) throw new DomainError(CatalogueError.CAPABILITY_NOT_FOUND);
    return { capabilityId: id, versions: rows.map(versionView) };
  }

  @Answers(CapabilityRecordDoc, { errors: [...JSON_BODY_ERRORS, CatalogueError.CAPABILITY_EXISTS] })
  @Post()
  @Roles(...CATALOGUE_MAINTAINERS)
  @ApiOperation({ summary: 'Add an entry (platform operator, admin)' })
  async create(@Ctx() context: RequestContext, @Body() body: CreateCapabilityDto): Promise<CapabilityRecordV1> {
    return this.maintain.create(context, body);
  }

  @Answers(CapabilityRecordDoc, {
    errors: [
      ...JSON_BODY_ERRORS,
      CatalogueError.CAPABILITY_NOT_FOUND,
      CatalogueError.CAPABILITY_RETIRED,
      CatalogueError.CAPABILITY_VERSION_MISMATCH,
      CatalogueError.CAPABILITY_UNCHANGED,
    ],
  })
  @Put(':id')
  @ApiHeader(IF_MATCH)
  @Roles(...CATALOGUE_MAINTAINERS)
  @ApiOperation({ summary: 'Change what describes an entry: a new version (platform operator, admin)' })
  async update(
    @Ctx() context: RequestContext,
    @Param('id') id: string,
    @Body() body: CapabilityDescriptionDto,
  ): Promise<CapabilityRecordV1> {
    return this.maintain.update(context, capabilityId(id), body);
  }

  @Answers(CapabilityRecordDoc, {
    errors: [
      ...JSON_BODY_ERRORS,
      CatalogueError.CAPABILITY_NOT_FOUND,
      CatalogueError.CAPABILITY_RETIRED,
      CatalogueError.CAPABILITY_VERSION_MISMATCH,
      CatalogueError.CAPABILITY_UNCHANGED,
    ],
  })
  @Post(':id/status')
  @ApiHeader(IF_MATCH)
  @HttpCode(200)
  @Roles(...CATALOGUE_MAINTAINERS)
  @ApiOperation({ summary: 'Change an entry’s status and its dates: a new version (platform operator, admin)' })
  async status(
    @Ctx() context: RequestContext,
    @Param('id') id: string,
    @Body() body: CapabilityStatusDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CapabilityRecordV1> {
    return this.maintain.changeStatus(context, capabilityId(id), body, versionOfIfMatch(ifMatch));
  }

  @Answers(CapabilityRecordDoc, {
    errors: [
      ...JSON_BODY_ERRORS,
      CatalogueError.CAPABILITY_NOT_FOUND,
      CatalogueError.CAPABILITY_RETIRED,
      CatalogueError.CAPABILITY_VERSION_MISMATCH,
    ],
  })
  @Post(':id/retire')
  @ApiHeader(IF_MATCH)
  @HttpCode(200)
  @Roles(...CATALOGUE_MAINTAINERS)
  @ApiOperation({ summary: 'Retire an entry: it leaves the catalogue in force, its versions stay (platform operator, admin)' })
  async retire(
    @Ctx() context: RequestContext,
    @Param('id') id: string,
    @Body() body: RetireCapabilityDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CapabilityRecordV1> {
    return this.maintain.retire(context, capabilityId(id), body.reason, versionOfIfMatch(ifMatch));
  }
}
