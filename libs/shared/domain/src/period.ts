/**
 * Periods as CBS StatLine writes them: `2023JJ00` (year), `2023KW01` (quarter), `2023MM03`
 * (month). Plain `2023` is accepted as a year. Stored and exchanged in the CBS form.
 */
export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

export interface Period {
  /** Normalised CBS code, e.g. `2023KW01`. */
  code: string;
  kind: PeriodKind;
  year: number;
  /** First and last day, ISO dates. */
  start: string;
  end: string;
}

export const MIN_PERIOD_YEAR = 1990;
export const MAX_PERIOD_YEAR = 2100;

const PATTERN = /^(\d{4})(?:(JJ)00|(KW)0([1-4])|(MM)(0[1-9]|1[0-2]))?$/;

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a period; `undefined` for anything else, including years outside 1990–2100. */
export function parsePeriod(input: string): Period | undefined {
  const match = PATTERN.exec(input.trim().toUpperCase());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return undefined;
  if (match[3]) {
    const quarter = Number(match[4]);
    const firstMonth = (quarter - 1) * 3 + 1;
    return {
      code: `${year}KW0${quarter}`,
      kind: 'QUARTER',
      year,
      start: isoDate(year, firstMonth, 1),
      end: isoDate(year, firstMonth + 2, lastDayOfMonth(year, firstMonth + 2)),
    };
  }
  if (match[5]) {
    const month = Number(match[6]);
    return {
      code: `${year}MM${match[6]}`,
      kind: 'MONTH',
      year,
      start: isoDate(year, month, 1),
      end: isoDate(year, month, lastDayOfMonth(year, month)),
    };
  }
  return {
    code: `${year}JJ00`,
    kind: 'YEAR',
    year,
    start: isoDate(year, 1, 1),
    end: isoDate(year, 12, 31),
  };
}

export const PERIOD_FORMAT_HINT =
  'a year (2023 or 2023JJ00), quarter (2023KW01) or month (2023MM03)';
