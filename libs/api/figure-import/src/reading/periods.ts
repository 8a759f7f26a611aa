import { parsePeriod } from '@oogo/shared-domain';

export type PeriodResolution =
  { ok: true; code: string } | { ok: false; problem: 'UNPARSABLE_PERIOD' | 'PERIOD_OUT_OF_RANGE' };

/** Earliest period year a figure may have; older figures are not staat-van-de-jeugd material. */
export const FIRST_FIGURE_YEAR = 1990;

const MONTHS = [
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['maart', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const MONTH_BY_NAME = new Map(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);
const QUARTER_WORDS = new Map([
  ['1e', 1],
  ['1ste', 1],
  ['eerste', 1],
  ['2e', 2],
  ['2de', 2],
  ['tweede', 2],
  ['3e', 3],
  ['3de', 3],
  ['derde', 3],
  ['4e', 4],
  ['4de', 4],
  ['vierde', 4],
]);

function monthCode(year: string, month: number): string {
  return `${year}MM${String(month).padStart(2, '0')}`;
}

/** The CBS code a period text stands for, before any range check; undefined if none. */
function toCbsCode(text: string): string | undefined {
  const s = text.toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})(jj00|kw0[1-4]|mm(?:0[1-9]|1[0-2]))?$/.exec(s);
  if (m) return `${m[1]}${(m[2] ?? 'jj00').toUpperCase()}`;
  // "2023 Q1", "2023-KW1", "2023 kwartaal 1"
  m = /^(\d{4}) ?[- ]? ?(?:q|kw|kwartaal) ?0?([1-4])$/.exec(s);
  if (m) return `${m[1]}KW0${m[2]}`;
  // StatLine labels: "2023 1e kwartaal", "1e kwartaal 2023"
  m = /^(\d{4}) (\S+) kwartaal$/.exec(s) ?? /^(\S+) kwartaal (\d{4})$/.exec(s);
  if (m) {
    const [year, word] = /^\d{4}$/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
    const quarter = QUARTER_WORDS.get(word);
    return quarter ? `${year}KW0${quarter}` : undefined;
  }
  // "2023 januari", "januari 2023", "2023 jan"
  m = /^(\d{4}) ([a-z]+)$/.exec(s) ?? /^([a-z]+) (\d{4})$/.exec(s);
  if (m) {
    const [year, name] = /^\d{4}$/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
    const month = MONTH_BY_NAME.get(name);
    return month ? monthCode(year, month) : undefined;
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (m) return `${m[1]}MM${m[2]}`;
  // A peildatum ("2023-01-01", "1-1-2023"): the figure describes that year.
  m = /^(\d{4})-\d{2}-\d{2}$/.exec(s) ?? /^\d{1,2}[-/]\d{1,2}[-/](\d{4})$/.exec(s);
  if (m) return `${m[1]}JJ00`;
  return undefined;
}

/**
 * Reads a period cell: `2023`, `2023JJ00`, `2023KW01`, `2023MM03`, a StatLine label such as
 * "2023 1e kwartaal" or "2023 januari", or a date; a trailing `*` (CBS: provisional) is
 * ignored. A period that starts after `today` (ISO date) or lies before 1990 is out of range.
 */
export function resolvePeriod(text: string, today: string): PeriodResolution {
  const code = toCbsCode(text.trim().replace(/\s*\*+$/, ''));
  if (!code) return { ok: false, problem: 'UNPARSABLE_PERIOD' };
  const year = Number(code.slice(0, 4));
  if (year < FIRST_FIGURE_YEAR) return { ok: false, problem: 'PERIOD_OUT_OF_RANGE' };
  const period = parsePeriod(code);
  if (!period) return { ok: false, problem: 'PERIOD_OUT_OF_RANGE' };
  if (period.start > today) return { ok: false, problem: 'PERIOD_OUT_OF_RANGE' };
  return { ok: true, code: period.code };
}
