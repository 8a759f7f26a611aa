import { Field, InputType, Int } from '@nestjs/graphql';
import { EnumField, IdField, IntField, TextField } from '@oogo/api-planning';
import { BetterDirection } from '@oogo/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

// A spreadsheet has at most 16,384 columns.
const MAX_COLUMN = 16_383;

@InputType({ description: 'Where the figures of one indicator in the file go.' })
export class FigureImportIndicatorChoiceInput {
  @TextField(200, { required: true, description: 'The indicator as named in the file.' })
  sourceName!: string;

  @IdField({
    nullable: true,
    description: "One of the plan's indicators; null or left out: a new indicator.",
  })
  indicatorId?: string | null;

  @TextField(50, { description: 'For a new indicator (default: from the header, or "waarde").' })
  unit?: string;

  @EnumField(BetterDirection, { description: 'For a new indicator (default LOWER).' })
  betterDirection?: BetterDirection;
}

@InputType()
export class FigureImportMappingInput {
  @IntField(0, MAX_COLUMN, { required: true }) areaColumn!: number;
  @IntField(0, MAX_COLUMN, { required: true }) periodColumn!: number;

  @Field(() => [Int])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(MAX_COLUMN, { each: true })
  valueColumns!: number[];

  @IntField(0, MAX_COLUMN, {
    nullable: true,
    description: 'Long files: the column naming the indicator of each row.',
  })
  indicatorColumn?: number | null;

  @Field(() => [FigureImportIndicatorChoiceInput], {
    nullable: true,
    description:
      'Left out (or an indicator missing from it): the plan\'s indicator with the same name (ignoring case), else a new one (unit from the header or "waarde", betterDirection LOWER).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => FigureImportIndicatorChoiceInput)
  indicators?: FigureImportIndicatorChoiceInput[] | null;
}

@InputType()
export class PreviewFigureImportInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true, description: 'From POST /api/plans/:planId/figure-imports.' })
  importId!: string;

  @Field(() => FigureImportMappingInput, {
    nullable: true,
    description: 'Left out: the mapping detected from the file.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FigureImportMappingInput)
  mapping?: FigureImportMappingInput | null;
}

@InputType()
export class ConfirmFigureImportInput {
  @IdField({ required: true }) planId!: string;
  @IdField({ required: true }) importId!: string;

  @Field(() => FigureImportMappingInput)
  @ValidateNested()
  @Type(() => FigureImportMappingInput)
  mapping!: FigureImportMappingInput;
}
