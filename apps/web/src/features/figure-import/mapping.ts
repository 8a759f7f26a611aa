import type {
  BetterDirection,
  FigureImportColumnRole,
  FigureImportMappingInput,
  FigureImportPreviewFieldsFragment,
} from '@oogo/web-data-access';

export type ColumnRoles = ReadonlyMap<number, FigureImportColumnRole>;
export type MappingProblem = 'area' | 'period' | 'value' | 'indicator';

/** Per column what it holds, as the api read it (its mapping; other columns are not used). */
export function rolesOfPreview(preview: FigureImportPreviewFieldsFragment): ColumnRoles {
  const { mapping } = preview;
  return new Map(
    preview.columns.map((column): [number, FigureImportColumnRole] => {
      if (column.index === mapping.areaColumn) return [column.index, 'AREA'];
      if (column.index === mapping.periodColumn) return [column.index, 'PERIOD'];
      if (column.index === mapping.indicatorColumn) return [column.index, 'INDICATOR'];
      if (mapping.valueColumns.includes(column.index)) return [column.index, 'VALUE'];
      return [column.index, 'IGNORE'];
    }),
  );
}

/**
 * The columns the user chose as the api's mapping, or what is missing: one gemeente column, one
 * period column, at least one value column and at most one indicator column.
 */
export function mappingOfRoles(
  roles: ColumnRoles,
):
  | { mapping: Omit<FigureImportMappingInput, 'indicators'>; problems?: undefined }
  | { problems: MappingProblem[] } {
  const columnsWith = (role: FigureImportColumnRole) =>
    [...roles].filter(([, chosen]) => chosen === role).map(([index]) => index);
  const [area, period, indicator, values] = [
    columnsWith('AREA'),
    columnsWith('PERIOD'),
    columnsWith('INDICATOR'),
    columnsWith('VALUE'),
  ];
  const problems: MappingProblem[] = [];
  if (area.length !== 1) problems.push('area');
  if (period.length !== 1) problems.push('period');
  if (values.length === 0) problems.push('value');
  if (indicator.length > 1) problems.push('indicator');
  if (problems.length || area[0] === undefined || period[0] === undefined) {
    return { problems: problems.length ? problems : ['area'] };
  }
  return {
    mapping: {
      areaColumn: area[0],
      periodColumn: period[0],
      valueColumns: values,
      indicatorColumn: indicator[0] ?? null,
    },
  };
}

/** Which plan indicator a source name goes to; `indicatorId` null: a new one, with these facts. */
export interface IndicatorChoice {
  indicatorId: string | null;
  unit: string;
  betterDirection: BetterDirection;
}

export function choicesOfPreview(
  preview: FigureImportPreviewFieldsFragment,
): Map<string, IndicatorChoice> {
  return new Map(
    preview.indicators.map((indicator) => [
      indicator.sourceName,
      {
        indicatorId: indicator.indicatorId ?? null,
        unit: indicator.unit,
        betterDirection: indicator.betterDirection,
      },
    ]),
  );
}

/** The choices as the api's input: unit and direction only for a new indicator. */
export function indicatorInput(choices: ReadonlyMap<string, IndicatorChoice>) {
  return [...choices].map(([sourceName, choice]) =>
    choice.indicatorId
      ? { sourceName, indicatorId: choice.indicatorId }
      : {
          sourceName,
          indicatorId: null,
          unit: choice.unit.trim(),
          betterDirection: choice.betterDirection,
        },
  );
}
