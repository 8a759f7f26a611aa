import { type AreaResolver, foldAreaName } from '../areas/areas';
import type { ColumnRole, FigureMapping } from './figure-file';
import { resolvePeriod } from './periods';
import { isMissingMarker, parseFigureNumber } from './values';

/** Headers as StatLine, Staat van de Jeugd and monitors write them, folded. */
const HEADER_ROLES: ReadonlyArray<[ColumnRole, readonly string[]]> = [
  [
    'AREA',
    [
      'regio s',
      'regios',
      'regio',
      'regio naam',
      'regionaam',
      'regiocode',
      'regio code',
      'gemeente',
      'gemeenten',
      'gemeentenaam',
      'gemeentecode',
      'gemeente code',
      'gemeente naam',
      'code gemeente',
      'naam gemeente',
      'gm code',
      'gebied',
      'gebieden',
      'gebiedsnaam',
      'gebiedscode',
      'wijken en buurten',
      'area',
      'region',
    ],
  ],
  [
    'PERIOD',
    [
      'perioden',
      'periode',
      'jaar',
      'jaartal',
      'peildatum',
      'peiljaar',
      'meetjaar',
      'period',
      'year',
    ],
  ],
  [
    'INDICATOR',
    [
      'onderwerp',
      'onderwerpen',
      'indicator',
      'indicatoren',
      'indicatornaam',
      'thema',
      'maatstaf',
      'variabele',
      'kenmerk',
    ],
  ],
  ['VALUE', ['waarde', 'aantal', 'percentage', 'value', 'cijfer', 'score', 'uitkomst']],
  ['IGNORE', ['id', 'nr', 'volgnummer', 'eenheid', 'unit', 'bron', 'source', 'toelichting']],
];

function roleFromHeader(header: string): ColumnRole | undefined {
  const folded = foldAreaName(header);
  return HEADER_ROLES.find(([, names]) => names.includes(folded))?.[0];
}

/** Share of the non-empty samples that pass `test`; 0 without samples. */
function share(samples: readonly string[], test: (sample: string) => boolean): number {
  const filled = samples.filter((sample) => sample.trim() !== '');
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

export interface ColumnInput {
  header: string;
  samples: string[];
}

const LAST_DAY = '2100-12-31';

/** Most samples must agree before content decides a column's role. */
const CONTENT_THRESHOLD = 0.6;

/**
 * Detects the role of each column and the mapping: headers first, then content (a column whose
 * samples resolve as gemeenten, parse as periods or as numbers). Wide files (no indicator
 * column) have every numeric column besides area and period as a value column; long files one.
 */
export function detectColumns(
  columns: readonly ColumnInput[],
  areas: AreaResolver,
): { roles: ColumnRole[]; mapping: FigureMapping | null } {
  const byHeader = columns.map((column) => roleFromHeader(column.header));
  const isArea = (s: string) => areas.resolve(s).ok;
  // Future periods still make a period column; they are rejected per row later.
  const isPeriod = (s: string) => resolvePeriod(s, LAST_DAY).ok;
  const isNumeric = (column: ColumnInput) =>
    column.samples.some((s) => !isMissingMarker(s)) &&
    share(
      column.samples.filter((s) => !isMissingMarker(s)),
      (s) => parseFigureNumber(s, ',') !== undefined,
    ) >= CONTENT_THRESHOLD;

  const pick = (
    role: ColumnRole,
    contentTest: (s: string) => boolean,
    exclude: number[] = [],
  ): number => {
    const named = byHeader.flatMap((r, index) =>
      r === role && !exclude.includes(index) ? [index] : [],
    );
    // Of several area columns (code and name), take the one that resolves best.
    const candidates = named.length > 0 ? named : columns.map((_, index) => index);
    let best = -1;
    let bestShare = named.length > 0 ? -1 : CONTENT_THRESHOLD - Number.EPSILON;
    for (const index of candidates) {
      if (named.length === 0 && (byHeader[index] !== undefined || exclude.includes(index))) {
        continue;
      }
      const score = share(columns[index].samples, contentTest);
      if (score > bestShare) {
        best = index;
        bestShare = score;
      }
    }
    return best;
  };

  const areaColumn = pick('AREA', isArea);
  const periodColumn = pick('PERIOD', isPeriod, [areaColumn]);
  const taken = new Set([areaColumn, periodColumn]);
  const indicatorNamed = byHeader.findIndex((r, index) => r === 'INDICATOR' && !taken.has(index));
  const indicatorColumn = indicatorNamed >= 0 ? indicatorNamed : null;
  if (indicatorColumn !== null) taken.add(indicatorColumn);

  let valueColumns: number[];
  if (indicatorColumn !== null) {
    const named = byHeader.findIndex((r, index) => r === 'VALUE' && !taken.has(index));
    const numeric = columns.findIndex(
      (column, index) => !taken.has(index) && byHeader[index] === undefined && isNumeric(column),
    );
    const value = named >= 0 ? named : numeric;
    valueColumns = value >= 0 ? [value] : [];
  } else {
    valueColumns = columns.flatMap((column, index) =>
      !taken.has(index) &&
      byHeader[index] !== 'IGNORE' &&
      byHeader[index] !== 'INDICATOR' &&
      (byHeader[index] === 'VALUE' || isNumeric(column))
        ? [index]
        : [],
    );
  }

  const roles = columns.map((_, index): ColumnRole => {
    if (index === areaColumn) return 'AREA';
    if (index === periodColumn) return 'PERIOD';
    if (index === indicatorColumn) return 'INDICATOR';
    if (valueColumns.includes(index)) return 'VALUE';
    return 'IGNORE';
  });
  const mapping =
    areaColumn >= 0 && periodColumn >= 0 && areaColumn !== periodColumn && valueColumns.length > 0
      ? { areaColumn, periodColumn, valueColumns, indicatorColumn }
      : null;
  return { roles, mapping };
}

/** Units a header may end with, in parentheses or brackets: "(%)", "[aantal]", "(per 1.000 …)". */
const UNIT_PATTERN =
  /^(?:%|‰|procent|percentage|aantal|aantallen|absoluut|euro|€.*|x ?1[ .]?000.*|per .+|index.*|jaren?|maanden|dagen|uren|km.*|gemiddeld.*|mln.*|miljoen.*|\d.*)$/i;

/**
 * Splits a value column header (wide files) or an indicator cell (long files) into the
 * indicator name and its unit: "Jongeren met jeugdhulp (%)" → "Jongeren met jeugdhulp", "%".
 * Parentheses that are part of the name ("Ervaren gezondheid (goed/zeer goed)") stay.
 */
export function splitIndicatorHeader(header: string): { name: string; unit: string | null } {
  const text = header.replace(/\s+/g, ' ').trim();
  const match = /^(.*?)\s*(?:\(([^()]+)\)|\[([^[\]]+)\])$/.exec(text);
  const unit = match ? (match[2] ?? match[3]).trim() : undefined;
  if (!match || !unit || !UNIT_PATTERN.test(unit) || match[1].trim() === '') {
    return { name: text, unit: null };
  }
  return { name: match[1].trim(), unit };
}
