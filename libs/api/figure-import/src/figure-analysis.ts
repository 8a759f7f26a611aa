import { BadUserInputError } from '@oogo/api-core';
import { BetterDirection, parsePeriod, Period } from '@oogo/shared-domain';
import type { FigureImportIndicatorChoiceInput } from './figure-import.inputs';
import type {
  FigureImportCounts,
  FigureImportIndicator,
  FigureImportRejectedRow,
} from './figure-import.models';
import {
  type Area,
  type FigureFile,
  type FigureMapping,
  NEDERLAND,
  type RowOutcome,
} from './reading';

// What a figures file means for one plan: which figures go to which indicator, which rows
// are rejected or skipped. Reads the file once, as a stream; the figures are kept as columns
// (one array per field) so 200,000 of them stay small.

export const DEFAULT_UNIT = 'waarde';
const MAX_REJECTED_SHOWN = 200;
// The measurement table refuses larger values (and NaN, ∞).
const MAX_ABS_VALUE = 1e12;

export interface PlanIndicator {
  id: string;
  name: string;
  unit: string;
  source: string;
  betterDirection: BetterDirection;
}

/** What of the plan an import needs to know. */
export interface PlanFacts {
  indicators: PlanIndicator[];
  /** The plan's participating gemeenten. */
  areas: Area[];
}

/** An indicator figures go to: one of the plan's (id), or a new one (id null until created). */
export interface TargetIndicator {
  id: string | null;
  name: string;
  unit: string;
  source: string;
  betterDirection: BetterDirection;
}

/** The figures to write, in file order, one array per field. */
export interface Figures {
  /** Index into `targets`. */
  target: number[];
  rowNumber: number[];
  areaCode: string[];
  areaName: string[];
  period: Period[];
  value: number[];
}

export interface Analysis {
  targets: TargetIndicator[];
  /** Per indicator in the file, in order of appearance. */
  indicators: FigureImportIndicator[];
  figures: Figures;
  counts: Omit<FigureImportCounts, 'create' | 'update' | 'unchanged'>;
  /** The first rejected rows, in file order. */
  rejected: FigureImportRejectedRow[];
}

const nameKey = (name: string) => name.trim().toLowerCase();

/** Finds where the figures of each indicator in the file go, as it first appears. */
class IndicatorResolver {
  readonly targets: TargetIndicator[] = [];
  readonly indicators: (FigureImportIndicator & { target: number })[] = [];
  private readonly bySourceName = new Map<string, FigureImportIndicator & { target: number }>();
  private readonly targetByKey = new Map<string, number>();
  private readonly planByName: Map<string, PlanIndicator>;
  private readonly planById: Map<string, PlanIndicator>;

  constructor(
    plan: PlanFacts,
    private readonly choices: FigureImportIndicatorChoiceInput[],
    private readonly fileName: string,
  ) {
    this.planByName = new Map(
      plan.indicators.map((indicator) => [nameKey(indicator.name), indicator]),
    );
    this.planById = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  }

  /** The indicator (with its target) for a figure's indicator name in the file. */
  resolve(sourceName: string, unit: string | null): FigureImportIndicator & { target: number } {
    const known = this.bySourceName.get(sourceName);
    if (known) return known;
    const choice =
      this.choices.find((candidate) => candidate.sourceName === sourceName) ??
      this.choices.find((candidate) => nameKey(candidate.sourceName) === nameKey(sourceName));
    const target = this.targetFor(sourceName, unit, choice);
    const chosen = this.targets[target] as TargetIndicator;
    const indicator = {
      sourceName,
      indicatorId: chosen.id,
      name: chosen.name,
      unit: chosen.unit,
      betterDirection: chosen.betterDirection,
      rowCount: 0,
      target,
    };
    this.bySourceName.set(sourceName, indicator);
    this.indicators.push(indicator);
    return indicator;
  }

  private targetFor(
    sourceName: string,
    unit: string | null,
    choice: FigureImportIndicatorChoiceInput | undefined,
  ): number {
    let existing: PlanIndicator | undefined;
    if (choice?.indicatorId) {
      existing = this.planById.get(choice.indicatorId);
      if (!existing) {
        throw new BadUserInputError(`Indicator ${choice.indicatorId} is not in this plan`, {
          'input.mapping.indicators': [
            `indicatorId of "${sourceName}" is not an indicator of this plan`,
          ],
        });
      }
    } else {
      existing = this.planByName.get(nameKey(sourceName.trim().slice(0, 200)));
    }
    const target: TargetIndicator = existing
      ? { ...existing }
      : {
          id: null,
          name: sourceName.trim().slice(0, 200),
          unit: (choice?.unit || unit?.trim() || DEFAULT_UNIT).slice(0, 50),
          // where the figures come from, also the source of each of them
          source: this.fileName,
          betterDirection: choice?.betterDirection ?? BetterDirection.LOWER,
        };
    // Indicators that differ only in case become one: the plan's names are unique that way.
    const key = existing ? `id:${existing.id}` : `new:${nameKey(target.name)}`;
    const found = this.targetByKey.get(key);
    if (found !== undefined) return found;
    this.targets.push(target);
    this.targetByKey.set(key, this.targets.length - 1);
    return this.targets.length - 1;
  }
}

/** Streams the file with `mapping` and works out which figures go where in the plan. */
export async function analyseFigureFile(
  file: FigureFile,
  mapping: FigureMapping,
  plan: PlanFacts,
  choices: FigureImportIndicatorChoiceInput[],
  fileName: string,
): Promise<Analysis> {
  const resolver = new IndicatorResolver(plan, choices, fileName);
  const figures: Figures = {
    target: [],
    rowNumber: [],
    areaCode: [],
    areaName: [],
    period: [],
    value: [],
  };
  const counts = { rows: file.rowCount, skippedMissing: 0, skippedOtherArea: 0, rejected: 0 };
  const rejected: FigureImportRejectedRow[] = [];
  const reject = (row: Extract<RowOutcome, { kind: 'rejected' }>) => {
    counts.rejected += 1;
    if (rejected.length < MAX_REJECTED_SHOWN) {
      rejected.push({
        rowNumber: row.rowNumber,
        problem: row.problem,
        cell: row.cell,
        hint: row.hint ?? null,
      });
    }
  };
  const planAreaCodes = new Set(plan.areas.map((area) => area.code));
  const periods = new Map<string, Period | undefined>();
  // indicator × area × period → the row it came from: the first one counts
  const firstRow = new Map<string, number>();

  for await (const row of file.rows(mapping)) {
    if (row.kind === 'missing') {
      counts.skippedMissing += 1;
      continue;
    }
    if (row.kind === 'rejected') {
      reject(row);
      continue;
    }
    // Nederland is kept in every plan, to compare with.
    if (row.areaCode !== NEDERLAND.code && !planAreaCodes.has(row.areaCode)) {
      counts.skippedOtherArea += 1;
      continue;
    }
    const cell = String(row.value);
    if (!Number.isFinite(row.value) || Math.abs(row.value) >= MAX_ABS_VALUE) {
      reject({ ...row, kind: 'rejected', problem: 'UNPARSABLE_NUMBER', cell, hint: 'te groot' });
      continue;
    }
    if (!periods.has(row.period)) periods.set(row.period, parsePeriod(row.period));
    const period = periods.get(row.period);
    if (!period) {
      reject({ ...row, kind: 'rejected', problem: 'UNPARSABLE_PERIOD', cell: row.period });
      continue;
    }
    const indicator = resolver.resolve(row.indicatorName, row.unit);
    const key = `${indicator.target}\u0000${row.areaCode}\u0000${period.code}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      // e.g. two columns mapped to one indicator
      reject({
        ...row,
        kind: 'rejected',
        problem: 'DUPLICATE_ROW',
        cell: row.indicatorName.slice(0, 100),
        hint: `hetzelfde cijfer staat al in rij ${first}`,
      });
      continue;
    }
    firstRow.set(key, row.rowNumber);
    indicator.rowCount += 1;
    figures.target.push(indicator.target);
    figures.rowNumber.push(row.rowNumber);
    figures.areaCode.push(row.areaCode);
    figures.areaName.push(row.areaName);
    figures.period.push(period);
    figures.value.push(row.value);
  }

  return {
    targets: resolver.targets,
    indicators: resolver.indicators.map(({ target: _target, ...indicator }) => indicator),
    figures,
    counts: {
      ...counts,
      newIndicators: resolver.targets.filter((target) => target.id === null).length,
    },
    rejected,
  };
}

/** Refuses a mapping that names columns the file does not have, or one column twice. */
export function checkMapping(mapping: FigureMapping, columnCount: number): void {
  const errors: Record<string, string[]> = {};
  const field = (name: string, message: string) => {
    (errors[`input.mapping.${name}`] ??= []).push(message);
  };
  const inFile = (index: number) => index >= 0 && index < columnCount;
  const single: [string, number | null][] = [
    ['areaColumn', mapping.areaColumn],
    ['periodColumn', mapping.periodColumn],
    ['indicatorColumn', mapping.indicatorColumn],
  ];
  for (const [name, index] of single) {
    if (index !== null && !inFile(index)) field(name, `the file has no column ${index}`);
  }
  for (const index of mapping.valueColumns) {
    if (!inFile(index)) field('valueColumns', `the file has no column ${index}`);
  }
  const used = single.flatMap(([, index]) => (index === null ? [] : [index]));
  if (new Set(used).size !== used.length) {
    field('areaColumn', 'area, period and indicator must be different columns');
  }
  if (mapping.valueColumns.some((index) => used.includes(index))) {
    field('valueColumns', 'a value column cannot also be the area, period or indicator column');
  }
  if (new Set(mapping.valueColumns).size !== mapping.valueColumns.length) {
    field('valueColumns', 'a column is named twice');
  }
  if (Object.keys(errors).length) {
    throw new BadUserInputError('The mapping does not fit the file', errors);
  }
}
