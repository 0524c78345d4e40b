import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';

export class FieldRemarkDto {
  @ApiProperty({ description: 'Dotted path of the field in the request, e.g. `budget.amountKzt`' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  field!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  remark!: string;
}

export class ReturnForRevisionDto {
  @ApiProperty({ type: [FieldRemarkDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FieldRemarkDto)
  remarks!: FieldRemarkDto[];
}
