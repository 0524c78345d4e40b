import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { INVENTORY_FORMATS, SYSTEM_STATUSES } from './inventory-file';

export class ImportInventoryDto {
  @ApiProperty({ description: 'Where the file came from, e.g. the portal export’s name and date', example: 'АП ЭП выгрузка 2027-01-15' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source!: string;

  @ApiProperty({ enum: INVENTORY_FORMATS })
  @IsIn(INVENTORY_FORMATS)
  format!: 'csv' | 'json';

  @ApiProperty({
    description:
      'The file’s text. CSV columns: object_id, owner_bin, owner_name, name_kk, name_ru, status, functions, data_objects, go_live_date, description (lists separated by ";"); JSON: an array (or {"systems": [...]}) of objects with the same fields in camelCase',
  })
  @IsString()
  @MinLength(1)
  content!: string;

  @ApiPropertyOptional({ description: 'Say what would change, and change nothing' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

class CountsView {
  @ApiProperty() rows!: number;
  @ApiProperty() added!: number;
  @ApiProperty() changed!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ description: 'Systems the file no longer lists: marked, never deleted' }) markedMissing!: number;
  @ApiProperty({ description: 'Systems marked missing before that the file lists again' }) returned!: number;
}

export class InventoryImportResultView {
  @ApiProperty({ type: String, nullable: true, description: 'Null on a dry run' }) importId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: CountsView }) counts!: CountsView;
}

export class InventoryImportView {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty() source!: string;
  @ApiProperty({ enum: INVENTORY_FORMATS }) format!: string;
  @ApiProperty({ format: 'date-time' }) importedAt!: string;
  @ApiProperty({ type: CountsView }) counts!: CountsView;
}

export class InventoryImportsView {
  @ApiProperty({ type: [InventoryImportView] }) items!: InventoryImportView[];
}

class SystemRecordView {
  @ApiProperty() objectId!: string;
  @ApiProperty() ownerBin!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty() nameKk!: string;
  @ApiProperty() nameRu!: string;
  @ApiProperty({ enum: SYSTEM_STATUSES }) status!: string;
  @ApiProperty({ type: [String] }) functions!: string[];
  @ApiProperty({ type: [String] }) dataObjects!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date' }) goLiveDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
}

class SystemVersionView {
  @ApiProperty() importId!: string;
  @ApiProperty() importVersion!: number;
  @ApiProperty({ enum: ['added', 'changed', 'marked_missing', 'returned'] }) change!: string;
  @ApiProperty({ format: 'date-time' }) importedAt!: string;
  @ApiProperty({ type: SystemRecordView }) record!: SystemRecordView;
}

export class InventorySystemView {
  @ApiProperty({ type: SystemRecordView }) record!: SystemRecordView;
  @ApiProperty({ description: 'The last import that listed it no longer does' }) missing!: boolean;
  @ApiProperty({ type: [SystemVersionView] }) versions!: SystemVersionView[];
}
