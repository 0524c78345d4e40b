import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, ErrorCode, Page, Roles } from '@qaztech/platform';
import { OVERLAP_READERS } from '../overlap/overlap-roles';
import { SearchItemView, SearchPageView } from '../overlap/overlap.views';
import { SearchQueryDto } from './search.dto';
import { SearchQuery } from './search.query';

/** The reviewers' search: never an agency's, since it lists every agency's requests in flight. */
@ApiTags('catalogue: search')
@ApiBearerAuth()
@Controller('catalogue/search')
export class SearchController {
  constructor(private readonly searchQuery: SearchQuery) {}

  @Answers(SearchPageView, { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get()
  @Roles(...OVERLAP_READERS)
  @ApiOperation({ summary: 'Search existing systems, requests, published decisions and the capability catalogue, filtered, by cursor' })
  async search(@Query() query: SearchQueryDto): Promise<Page<SearchItemView>> {
    return this.searchQuery.search(query);
  }
}
