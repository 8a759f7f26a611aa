import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import '@oogo/api-core';
import { BetterDirection } from '@oogo/shared-domain';
import type {
  ColumnRole,
  FigureFileFormat as FileFormat,
  FigureRowProblem as RowProblem,
} from './reading/figure-file';

// The preview and result of a figures import, as the web shows them. The enums mirror the
// reading contract's unions (typed against them, so the two cannot drift apart).

export const FigureImportColumnRole = {
  INDICATOR: 'INDICATOR',
  AREA: 'AREA',
  PERIOD: 'PERIOD',
  VALUE: 'VALUE',
  IGNORE: 'IGNORE',
} as const satisfies Record<ColumnRole, ColumnRole>;
export type FigureImportColumnRole = ColumnRole;

export const FigureFileFormat = { CSV: 'CSV', XLSX: 'XLSX' } as const satisfies Record<
  FileFormat,
  FileFormat
>;
export type FigureFileFormat = FileFormat;

export const FigureRowProblem = {
  UNKNOWN_AREA: 'UNKNOWN_AREA',
  MERGED_AREA: 'MERGED_AREA',
  UNPARSABLE_NUMBER: 'UNPARSABLE_NUMBER',
  UNPARSABLE_PERIOD: 'UNPARSABLE_PERIOD',
  PERIOD_OUT_OF_RANGE: 'PERIOD_OUT_OF_RANGE',
  MISSING_INDICATOR: 'MISSING_INDICATOR',
  DUPLICATE_ROW: 'DUPLICATE_ROW',
} as const satisfies Record<RowProblem, RowProblem>;
export type FigureRowProblem = RowProblem;

registerEnumType(FigureImportColumnRole, {
  name: 'FigureImportColumnRole',
  description: 'What a column of a figures file holds.',
});
registerEnumType(FigureFileFormat, { name: 'FigureFileFormat' });
registerEnumType(FigureRowProblem, {
  name: 'FigureRowProblem',
  description:
    'Why one row cannot be imported: UNKNOWN_AREA (no such gemeente), MERGED_AREA (a former gemeente; the hint names its successor), UNPARSABLE_NUMBER, UNPARSABLE_PERIOD, PERIOD_OUT_OF_RANGE (in the future or before 1990), MISSING_INDICATOR (long files: empty indicator cell), DUPLICATE_ROW (the same indicator × area × period earlier in the file; the first counts).',
});

@ObjectType()
export class FigureImportColumn {
  @Field(() => Int, { description: '0-based position in the file.' })
  index!: number;

  @Field()
  header!: string;

  @Field(() => FigureImportColumnRole)
  detectedRole!: FigureImportColumnRole;

  @Field(() => [String], { description: 'The first few values, as text.' })
  samples!: string[];
}

@ObjectType({
  description:
    'Which column is what. Wide files (one column per indicator) have several value columns; long files name the indicator in indicatorColumn.',
})
export class FigureImportMapping {
  @Field(() => Int)
  areaColumn!: number;

  @Field(() => Int)
  periodColumn!: number;

  @Field(() => [Int])
  valueColumns!: number[];

  @Field(() => Int, { nullable: true })
  indicatorColumn!: number | null;
}

@ObjectType({ description: 'An indicator in the file and where its figures go in the plan.' })
export class FigureImportIndicator {
  @Field({ description: 'As in the file.' })
  sourceName!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The plan's indicator these figures go to; null: a new indicator is created.",
  })
  indicatorId!: string | null;

  @Field({ description: "That indicator's name (the existing one's, or the new one's)." })
  name!: string;

  @Field()
  unit!: string;

  @Field(() => BetterDirection)
  betterDirection!: BetterDirection;

  @Field(() => Int, { description: 'Figures of this indicator that will be imported.' })
  rowCount!: number;
}

@ObjectType({ description: 'A figure that will be created or changed.' })
export class FigureImportRow {
  @Field(() => Int, { description: '1-based, as a spreadsheet shows it (header included).' })
  rowNumber!: number;

  @Field()
  indicatorName!: string;

  @Field()
  areaCode!: string;

  @Field()
  areaName!: string;

  @Field({ description: 'CBS period code, e.g. 2023JJ00.' })
  period!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { nullable: true, description: 'The stored value it replaces.' })
  previousValue!: number | null;
}

@ObjectType()
export class FigureImportRejectedRow {
  @Field(() => Int)
  rowNumber!: number;

  @Field(() => FigureRowProblem)
  problem!: FigureRowProblem;

  @Field({ description: "The offending cell's text (at most 100 characters)." })
  cell!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Extra help, e.g. which gemeente a former one merged into.',
  })
  hint!: string | null;
}

@ObjectType()
export class FigureImportCounts {
  @Field(() => Int, { description: 'Data rows in the file.' })
  rows!: number;

  @Field(() => Int, { description: 'Figures not stored yet.' })
  create!: number;

  @Field(() => Int, { description: 'Stored figures whose value changes.' })
  update!: number;

  @Field(() => Int, { description: 'Stored figures with the same value: left alone.' })
  unchanged!: number;

  @Field(() => Int, { description: 'CBS missing-value markers (., x, -, empty): no figure.' })
  skippedMissing!: number;

  @Field(() => Int, {
    description:
      'Figures of gemeenten that do not take part in the plan (Nederland, NL01, is kept).',
  })
  skippedOtherArea!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Indicators the import creates.' })
  newIndicators!: number;
}

@ObjectType({ description: 'What confirming the import would do. Nothing is written yet.' })
export class FigureImportPreview {
  @Field(() => ID)
  importId!: string;

  @Field()
  fileName!: string;

  @Field(() => FigureFileFormat)
  format!: FigureFileFormat;

  @Field(() => String, { nullable: true, description: 'CSV only: UTF-8 or WINDOWS-1252.' })
  encoding!: string | null;

  @Field(() => String, { nullable: true, description: 'CSV only: ";", "," or a tab.' })
  delimiter!: string | null;

  @Field()
  decimalSeparator!: string;

  @Field(() => [FigureImportColumn])
  columns!: FigureImportColumn[];

  @Field(() => FigureImportMapping, { description: 'The mapping this preview used.' })
  mapping!: FigureImportMapping;

  @Field(() => [FigureImportIndicator])
  indicators!: FigureImportIndicator[];

  @Field(() => FigureImportCounts)
  counts!: FigureImportCounts;

  @Field(() => [FigureImportRow], { description: 'The first 50 new figures, in file order.' })
  toCreate!: FigureImportRow[];

  @Field(() => [FigureImportRow], {
    description: 'The first 50 changed figures, in file order, with their previous value.',
  })
  toUpdate!: FigureImportRow[];

  @Field(() => [FigureImportRejectedRow], {
    description: 'The first 200 rejected rows, in file order.',
  })
  rejected!: FigureImportRejectedRow[];
}

@ObjectType()
export class FigureImportResult {
  @Field(() => ID)
  importId!: string;

  @Field()
  fileName!: string;

  @Field(() => FigureImportCounts)
  counts!: FigureImportCounts;
}
