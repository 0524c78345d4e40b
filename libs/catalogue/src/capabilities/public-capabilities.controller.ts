import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogueDoc } from './capability-docs.dto';
import { CapabilityRecordV1 } from '@qaztech/contracts';
import { Answers, ErrorCode, PublicRoute, RateLimit } from '@qaztech/platform';
import { endOfAstanaDay } from './as-of';
import { CatalogueAsOfQuery } from './capability.dto';
import { askedLanguage, catalogueView, CatalogueView, localized, LocalizedCapabilityView } from './capability.view';
import { CatalogueQuery } from './catalogue.query';

/** What QazTech offers, for anyone: the public may judge an exemption against it too. */
@ApiTags('public catalogue')
@PublicRoute()
@RateLimit('public')
@Controller('public/capabilities')
export class PublicCapabilitiesController {
  constructor(private readonly catalogue: CatalogueQuery) {}

  @Answers(CatalogueDoc, {
    description: 'With Accept-Language, each entry has name and description in that language instead of names and descriptions',
    errors: [ErrorCode.VALIDATION_FAILED],
  })
  @Get()
  @ApiOperation({ summary: 'The catalogue, in the language Accept-Language asks for, or in all three without it' })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'kk, ru or en; without it every entry carries all three' })
  async list(
    @Query() query: CatalogueAsOfQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<CatalogueView<CapabilityRecordV1 | LocalizedCapabilityView>> {
    const items = query.asOf ? await this.catalogue.asOf(endOfAstanaDay(query.asOf)) : await this.catalogue.current();
    const language = askedLanguage(acceptLanguage);
    if (!language) return catalogueView(items, query.asOf ?? null);
    return catalogueView(
      items.map((item) => localized(item, language)),
      query.asOf ?? null,
      language,
    );
  }
}
