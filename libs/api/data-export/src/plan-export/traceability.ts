import type { Gap, PlanSnapshot } from '@oogo/api-planning';
import { GapKind } from '@oogo/shared-domain';
import type { Cell } from '../writing/cells';
import type { Column, Table } from '../writing/table';
import { ACTIVITY_KIND_NL, GAP_KIND_NL, STAGE_NL } from './vocabulary.nl';

/*
 * The samenhang (traceability matrix) as tables, built the way the web's Samenhang page
 * builds it (apps/web/src/features/traceability/traceability-model.ts): results and
 * activities in plan order, R1, R2, … numbered in that order, one link per activity × result,
 * the gaps the server finds (findGaps) hung on their items, a result carrying its own gaps and
 * those of its targets, and the organisation filter acting on activities only.
 *
 * - "Bijdragen" (the CSV, and a sheet of the XLSX): long, one row per contribution, so the
 *   rationale ("hoe draagt dit bij?") fits and the file sorts and filters in any tool; an
 *   activity serving no result and a result no activity serves get a row of their own, so
 *   those gaps are in the CSV too.
 * - "Samenhang" (XLSX): the matrix people know from the screen, ✓ where an activity serves a
 *   result; the full statements are on "Resultaten", every gap on "Knelpunten".
 */

/** The filter value for activities without an executor, as the web's `?organisatie=geen`. */
export const NO_EXECUTOR = 'geen';

export const NO_EXECUTOR_NL = 'Nog geen uitvoerder';

export interface TraceabilityFilter {
  /** An organisation id, NO_EXECUTOR, or null for all activities. */
  organizationId: string | null;
}

interface ResultNode {
  id: string;
  label: string;
  statement: string;
  indicatorNames: string[];
  gaps: GapKind[];
  activityCount: number;
}

interface ActivityNode {
  id: string;
  name: string;
  kind: string;
  executor: string;
  gaps: GapKind[];
  /** The results it serves, in result order, with the rationale. */
  contributions: { resultId: string; rationale: string }[];
}

export interface TraceabilityTables {
  contributions: Table;
  matrix: Table;
  results: Table;
  gaps: Table;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const gapText = (kinds: readonly GapKind[]): string =>
  kinds.map((kind) => GAP_KIND_NL[kind]).join(', ');

/** Whether the organisation filter keeps an activity. */
function keeps(filter: TraceabilityFilter, executorId: string | null): boolean {
  if (filter.organizationId === null) return true;
  if (filter.organizationId === NO_EXECUTOR) return executorId === null;
  return executorId === filter.organizationId;
}

/** The chain of a plan as export tables. Every lookup goes through a Map: large plans stay fast. */
export function traceabilityTables(
  snapshot: PlanSnapshot,
  gaps: readonly Gap[],
  filter: TraceabilityFilter,
): TraceabilityTables {
  const gapsByItem = new Map<string, GapKind[]>();
  for (const gap of gaps) pushTo(gapsByItem, gap.itemId, gap.kind);
  const organizationName = new Map(snapshot.organizations.map((o) => [o.id, o.name]));
  const indicatorName = new Map(snapshot.indicators.map((i) => [i.id, i.name]));

  const targetsByResult = new Map<string, { id: string; indicatorId: string }[]>();
  for (const target of snapshot.resultIndicators) {
    pushTo(targetsByResult, target.societalResultId, target);
  }
  const results: ResultNode[] = snapshot.societalResults.map((result, index) => {
    const targets = targetsByResult.get(result.id) ?? [];
    const own = gapsByItem.get(result.id) ?? [];
    const all = [...own];
    for (const target of targets) {
      for (const kind of gapsByItem.get(target.id) ?? []) if (!all.includes(kind)) all.push(kind);
    }
    return {
      id: result.id,
      label: `R${index + 1}`,
      statement: result.statement,
      indicatorNames: targets.map((target) => indicatorName.get(target.indicatorId) ?? ''),
      gaps: all,
      activityCount: 0,
    };
  });
  const resultById = new Map(results.map((result) => [result.id, result]));
  const resultOrder = new Map(results.map((result, index) => [result.id, index]));

  // One link per pair, both ends in the plan (as the screen counts them).
  const contributionsByActivity = new Map<string, { resultId: string; rationale: string }[]>();
  const activityIds = new Set(snapshot.activities.map((activity) => activity.id));
  const pairs = new Set<string>();
  for (const contribution of snapshot.contributions) {
    const pair = `${contribution.activityId}|${contribution.societalResultId}`;
    const result = resultById.get(contribution.societalResultId);
    if (!result || !activityIds.has(contribution.activityId) || pairs.has(pair)) continue;
    pairs.add(pair);
    result.activityCount += 1;
    pushTo(contributionsByActivity, contribution.activityId, {
      resultId: contribution.societalResultId,
      rationale: contribution.rationale,
    });
  }

  const activities: ActivityNode[] = snapshot.activities
    .filter((activity) => keeps(filter, activity.executorOrganizationId))
    .map((activity) => ({
      id: activity.id,
      name: activity.name,
      kind: ACTIVITY_KIND_NL[activity.kind],
      executor:
        activity.executorOrganizationId === null
          ? NO_EXECUTOR_NL
          : (organizationName.get(activity.executorOrganizationId) ?? ''),
      gaps: gapsByItem.get(activity.id) ?? [],
      contributions: (contributionsByActivity.get(activity.id) ?? []).sort(
        (a, b) => (resultOrder.get(a.resultId) ?? 0) - (resultOrder.get(b.resultId) ?? 0),
      ),
    }));

  return {
    contributions: contributionsTable(activities, results, resultById),
    matrix: matrixTable(activities, results),
    results: resultsTable(results),
    gaps: gapsTable(snapshot, gaps, filter, resultById),
  };
}

const ACTIVITY_COLUMNS: readonly Column[] = [
  { header: 'Activiteit', type: 'text', width: 40 },
  { header: 'Soort activiteit', type: 'text', width: 18 },
  { header: 'Uitvoerder', type: 'text', width: 30 },
];

function contributionsTable(
  activities: readonly ActivityNode[],
  results: readonly ResultNode[],
  resultById: ReadonlyMap<string, ResultNode>,
): Table {
  const rows: Cell[][] = [];
  for (const activity of activities) {
    const start = [activity.name, activity.kind, activity.executor];
    if (activity.contributions.length === 0) {
      rows.push([...start, null, null, null, gapText(activity.gaps), null]);
    }
    for (const { resultId, rationale } of activity.contributions) {
      const result = resultById.get(resultId) as ResultNode;
      rows.push([
        ...start,
        result.label,
        result.statement,
        rationale || null,
        gapText(activity.gaps),
        gapText(result.gaps),
      ]);
    }
  }
  // Results nobody serves: a gap whichever activities are shown.
  for (const result of results) {
    if (result.activityCount === 0) {
      rows.push([
        null,
        null,
        null,
        result.label,
        result.statement,
        null,
        null,
        gapText(result.gaps),
      ]);
    }
  }
  return {
    name: 'Bijdragen',
    columns: [
      ...ACTIVITY_COLUMNS,
      { header: 'Resultaat', type: 'text', width: 10 },
      { header: 'Maatschappelijk resultaat', type: 'text', width: 50 },
      { header: 'Hoe draagt dit bij?', type: 'text', width: 60 },
      { header: 'Knelpunten activiteit', type: 'text', width: 40 },
      { header: 'Knelpunten resultaat', type: 'text', width: 40 },
    ],
    rows,
  };
}

const MATRIX_HEADER_LENGTH = 80;

function matrixTable(activities: readonly ActivityNode[], results: readonly ResultNode[]): Table {
  const rows = activities.map((activity) => {
    const serves = new Set(activity.contributions.map((contribution) => contribution.resultId));
    return [
      activity.name,
      activity.kind,
      activity.executor,
      gapText(activity.gaps),
      ...results.map((result) => (serves.has(result.id) ? '✓' : null)),
    ];
  });
  const shorten = (text: string) =>
    text.length > MATRIX_HEADER_LENGTH ? `${text.slice(0, MATRIX_HEADER_LENGTH - 1)}…` : text;
  return {
    name: 'Samenhang',
    columns: [
      ...ACTIVITY_COLUMNS,
      { header: 'Knelpunten', type: 'text', width: 30 },
      ...results.map((result): Column => ({
        header: `${result.label}: ${shorten(result.statement)}`,
        type: 'text',
        width: 16,
        center: true,
      })),
    ],
    rows,
    frozenColumns: 1,
  };
}

function resultsTable(results: readonly ResultNode[]): Table {
  return {
    name: 'Resultaten',
    columns: [
      { header: 'Resultaat', type: 'text', width: 10 },
      { header: 'Maatschappelijk resultaat', type: 'text', width: 60 },
      { header: 'Effectindicatoren', type: 'text', width: 40 },
      { header: 'Aantal activiteiten', type: 'number', width: 12, numberFormat: '0' },
      { header: 'Knelpunten', type: 'text', width: 40 },
    ],
    rows: results.map((result) => [
      result.label,
      result.statement,
      result.indicatorNames.join(', '),
      result.activityCount,
      gapText(result.gaps),
    ]),
  };
}

function gapsTable(
  snapshot: PlanSnapshot,
  gaps: readonly Gap[],
  filter: TraceabilityFilter,
  resultById: ReadonlyMap<string, ResultNode>,
): Table {
  const activityById = new Map(snapshot.activities.map((activity) => [activity.id, activity]));
  const targetById = new Map(snapshot.resultIndicators.map((target) => [target.id, target]));
  const indicatorName = new Map(snapshot.indicators.map((i) => [i.id, i.name]));
  const rows: Cell[][] = [];
  for (const gap of gaps) {
    let item: string;
    if (gap.itemType === 'Activity') {
      const activity = activityById.get(gap.itemId);
      if (!activity || !keeps(filter, activity.executorOrganizationId)) continue;
      item = activity.name;
    } else if (gap.itemType === 'SocietalResult') {
      const result = resultById.get(gap.itemId);
      item = result ? `${result.label}: ${result.statement}` : '';
    } else {
      const target = targetById.get(gap.itemId);
      const result = target && resultById.get(target.societalResultId);
      item = target
        ? `${indicatorName.get(target.indicatorId) ?? ''} (streefwaarde bij ${result?.label ?? ''})`
        : '';
    }
    rows.push([STAGE_NL[gap.stage], GAP_KIND_NL[gap.kind], item, gap.period]);
  }
  return {
    name: 'Knelpunten',
    columns: [
      { header: 'Bouwsteen', type: 'text', width: 28 },
      { header: 'Knelpunt', type: 'text', width: 40 },
      { header: 'Onderdeel', type: 'text', width: 60 },
      { header: 'Periode', type: 'text', width: 10 },
    ],
    rows,
  };
}
