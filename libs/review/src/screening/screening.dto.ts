import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NestedObjects } from '@qaztech/platform';

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
  @NestedObjects(() => FieldRemarkDto)
  remarks!: FieldRemarkDto[];
}
