import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, DomainError, JSON_BODY_ERRORS, RequestContext, Roles } from '@qaztech/platform';
import { OVERLAP_READERS } from '../overlap/overlap-roles';
import { CatalogueError } from '../shared/catalogue-errors';
import { ImportInventoryUseCase, INVENTORY_ADMINS } from './import-inventory.use-case';
import { InventoryQuery } from './inventory.query';
import { ImportInventoryDto, InventoryImportResultView, InventoryImportsView, InventorySystemView } from './inventory.views';

/** The inventory of the state's existing systems: imported by the admin, read by the Commission and auditors. */
@ApiTags('catalogue: inventory')
@ApiBearerAuth()
@Controller('catalogue/inventory')
export class InventoryController {
  constructor(
    private readonly importInventory: ImportInventoryUseCase,
    private readonly inventory: InventoryQuery,
  ) {}

  @Answers(InventoryImportResultView, { errors: [...JSON_BODY_ERRORS] })
  @Post('imports')
  @Roles(...INVENTORY_ADMINS)
  @ApiOperation({
    summary: 'Import an Architecture portal export (CSV or JSON): a new version of the inventory (admin); dryRun changes nothing',
  })
  async import(@Ctx() context: RequestContext, @Body() body: ImportInventoryDto): Promise<InventoryImportResultView> {
    return this.importInventory.execute(context, body);
  }

  @Answers(InventoryImportsView)
  @Get('imports')
  @Roles(...INVENTORY_ADMINS, ...OVERLAP_READERS)
  @ApiOperation({ summary: 'The imports, newest first, each with its source, time and what it changed' })
  async imports(): Promise<InventoryImportsView> {
    return { items: await this.inventory.imports() };
  }

  @Answers(InventorySystemView, { errors: [CatalogueError.INVENTORY_SYSTEM_NOT_FOUND] })
  @Get('systems/:objectId')
  @Roles(...INVENTORY_ADMINS, ...OVERLAP_READERS)
  @ApiOperation({ summary: 'One existing system: its current record, whether the last import still listed it, and its versions' })
  async system(@Param('objectId') objectId: string): Promise<InventorySystemView> {
    const view = objectId.length <= 100 ? await this.inventory.system(objectId) : null;
    if (!view) throw new DomainError(CatalogueError.INVENTORY_SYSTEM_NOT_FOUND);
    return view;
  }
}
