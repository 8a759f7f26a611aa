import type {
  ActivityKind,
  GapKind,
  QualityPerspective,
  QualityRequirement,
  QualityStatus,
  TargetDirection,
  TargetKind,
} from '@oogo/shared-domain';

/*
 * The chain of a plan as the traceability page shows it: results × activities (the matrix),
 * the chain from one starting point, and where the chain breaks. Pure functions of the query
 * data, so they are tested without a browser. The server finds the gaps (plan.gaps); this only
 * hangs them on the items of the chain.
 */

// The shape the page's query returns (see traceability-page.tsx), without the __typename.

export interface TraceOrganizationInput {
  id: string;
  name: string;
}

export interface TracePlanInput {
  participants: readonly TraceOrganizationInput[];
  indicators: readonly { id: string; name: string; unit: string }[];
  societalResults: readonly { id: string; statement: string }[];
  resultIndicators: readonly {
    id: string;
    societalResultId: string;
    indicatorId: string;
    baselineValue: number;
    baselineYear: number;
    targetValue: number;
    targetYear: number;
    targetKind: TargetKind;
    direction: TargetDirection;
    progress: {
      latestValue?: number | null;
      latestPeriod?: string | null;
      progressPct?: number | null;
      onTrack?: boolean | null;
    };
  }[];
  activities: readonly {
    id: string;
    name: string;
    kind: ActivityKind;
    executor?: TraceOrganizationInput | null;
  }[];
  contributions: readonly {
    id: string;
    activityId: string;
    societalResultId: string;
    rationale: string;
  }[];
  qualityChecks: readonly {
    id: string;
    activityId: string;
    requirement: QualityRequirement;
    perspective: QualityPerspective;
    status: QualityStatus;
  }[];
  outcomeMeasurements: readonly {
    id: string;
    activityId: string;
    period: string;
    periodEnd: string;
    goalRealisationPct?: number | null;
    plannedTerminationPct?: number | null;
    clientSatisfactionPct?: number | null;
    respondents?: number | null;
  }[];
  gaps: readonly { kind: GapKind; itemId: string; itemType: string }[];
}

export interface TraceIndicator {
  id: string;
  name: string;
  unit: string;
  /** The effect indicators (targets) that use it, in plan order. */
  targetIds: string[];
  /** The results it measures, in plan order, each once. */
  resultIds: string[];
}

export interface TraceTarget {
  id: string;
  resultId: string;
  indicatorId: string;
  indicatorName: string;
  unit: string;
  baselineValue: number;
  baselineYear: number;
  targetValue: number;
  targetYear: number;
  targetKind: TargetKind;
  direction: TargetDirection;
  latestValue: number | null;
  latestPeriod: string | null;
  progressPct: number | null;
  onTrack: boolean | null;
  gaps: GapKind[];
}

export interface TraceContribution {
  id: string;
  activityId: string;
  resultId: string;
  rationale: string;
}

export interface TraceResult {
  id: string;
  /** 1, 2, … in plan order: "R1" in the matrix. */
  number: number;
  statement: string;
  targets: TraceTarget[];
  /** How each activity contributes, in the order of the plan's activities. */
  contributions: TraceContribution[];
  activityIds: string[];
  /** Gaps of the result itself (no activity serves it). */
  ownGaps: GapKind[];
  /** Its own gaps and those of its targets (an off-track target is the result's problem). */
  gaps: GapKind[];
  /** Activities serving it that have no outcome in the latest period: where data is missing. */
  activitiesWithoutRecentOutcome: string[];
}

export interface TraceOutcome {
  id: string;
  period: string;
  periodEnd: string;
  goalRealisationPct: number | null;
  plannedTerminationPct: number | null;
  clientSatisfactionPct: number | null;
  respondents: number | null;
}

export interface TraceQualityCheck {
  id: string;
  requirement: QualityRequirement;
  perspective: QualityPerspective;
  status: QualityStatus;
}

export interface TraceActivity {
  id: string;
  name: string;
  kind: ActivityKind;
  executor: TraceOrganizationInput | null;
  /** How it contributes to each result, in the order of the plan's results. */
  contributions: TraceContribution[];
  resultIds: string[];
  qualityChecks: TraceQualityCheck[];
  /** Oldest period first. */
  outcomes: TraceOutcome[];
  gaps: GapKind[];
}

export interface TraceModel {
  indicators: TraceIndicator[];
  results: TraceResult[];
  activities: TraceActivity[];
  indicatorById: ReadonlyMap<string, TraceIndicator>;
  resultById: ReadonlyMap<string, TraceResult>;
  activityById: ReadonlyMap<string, TraceActivity>;
  targetById: ReadonlyMap<string, TraceTarget>;
  /** The organisations to filter by: participants and executors, by name, with their activity count. */
  organizations: { id: string; name: string; activityCount: number }[];
  /** How many activities have no executor (a filter option only when there are any). */
  activitiesWithoutExecutor: number;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });

/** Builds the chain of a plan once per query result: Maps, no scans inside loops. */
export function buildTraceModel(plan: TracePlanInput): TraceModel {
  const gapsByItem = new Map<string, GapKind[]>();
  for (const gap of plan.gaps) pushTo(gapsByItem, gap.itemId, gap.kind);
  const gapsOf = (id: string): GapKind[] => [...(gapsByItem.get(id) ?? [])];

  const indicatorNames = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));

  const targetsByResult = new Map<string, TraceTarget[]>();
  const targetById = new Map<string, TraceTarget>();
  for (const target of plan.resultIndicators) {
    const indicator = indicatorNames.get(target.indicatorId);
    const node: TraceTarget = {
      id: target.id,
      resultId: target.societalResultId,
      indicatorId: target.indicatorId,
      indicatorName: indicator?.name ?? '',
      unit: indicator?.unit ?? '',
      baselineValue: target.baselineValue,
      baselineYear: target.baselineYear,
      targetValue: target.targetValue,
      targetYear: target.targetYear,
      targetKind: target.targetKind,
      direction: target.direction,
      latestValue: target.progress.latestValue ?? null,
      latestPeriod: target.progress.latestPeriod ?? null,
      progressPct: target.progress.progressPct ?? null,
      onTrack: target.progress.onTrack ?? null,
      gaps: gapsOf(target.id),
    };
    targetById.set(node.id, node);
    pushTo(targetsByResult, node.resultId, node);
  }

  const resultIds = new Set(plan.societalResults.map((result) => result.id));
  const activityIds = new Set(plan.activities.map((activity) => activity.id));
  const contributionsByResult = new Map<string, TraceContribution[]>();
  const contributionsByActivity = new Map<string, TraceContribution[]>();
  const resultOrder = new Map(plan.societalResults.map((result, index) => [result.id, index]));
  const activityOrder = new Map(plan.activities.map((activity, index) => [activity.id, index]));
  const seenPairs = new Set<string>();
  for (const contribution of plan.contributions) {
    // A link to an item outside the lists (never from the api) or a second link between the
    // same pair would count twice; skip both.
    const pair = `${contribution.activityId}|${contribution.societalResultId}`;
    if (
      !resultIds.has(contribution.societalResultId) ||
      !activityIds.has(contribution.activityId) ||
      seenPairs.has(pair)
    ) {
      continue;
    }
    seenPairs.add(pair);
    const node: TraceContribution = {
      id: contribution.id,
      activityId: contribution.activityId,
      resultId: contribution.societalResultId,
      rationale: contribution.rationale,
    };
    pushTo(contributionsByResult, node.resultId, node);
    pushTo(contributionsByActivity, node.activityId, node);
  }
  const inPlanOrder =
    (order: Map<string, number>, key: (c: TraceContribution) => string) =>
    (a: TraceContribution, b: TraceContribution) =>
      (order.get(key(a)) ?? 0) - (order.get(key(b)) ?? 0);

  const qualityByActivity = new Map<string, TraceQualityCheck[]>();
  for (const check of plan.qualityChecks) {
    pushTo(qualityByActivity, check.activityId, {
      id: check.id,
      requirement: check.requirement,
      perspective: check.perspective,
      status: check.status,
    });
  }
  const outcomesByActivity = new Map<string, TraceOutcome[]>();
  for (const outcome of plan.outcomeMeasurements) {
    pushTo(outcomesByActivity, outcome.activityId, {
      id: outcome.id,
      period: outcome.period,
      periodEnd: outcome.periodEnd,
      goalRealisationPct: outcome.goalRealisationPct ?? null,
      plannedTerminationPct: outcome.plannedTerminationPct ?? null,
      clientSatisfactionPct: outcome.clientSatisfactionPct ?? null,
      respondents: outcome.respondents ?? null,
    });
  }

  const activities: TraceActivity[] = plan.activities.map((activity) => {
    const contributions = (contributionsByActivity.get(activity.id) ?? []).sort(
      inPlanOrder(resultOrder, (c) => c.resultId),
    );
    return {
      id: activity.id,
      name: activity.name,
      kind: activity.kind,
      executor: activity.executor
        ? { id: activity.executor.id, name: activity.executor.name }
        : null,
      contributions,
      resultIds: contributions.map((contribution) => contribution.resultId),
      qualityChecks: qualityByActivity.get(activity.id) ?? [],
      outcomes: (outcomesByActivity.get(activity.id) ?? []).sort((a, b) =>
        a.periodEnd.localeCompare(b.periodEnd),
      ),
      gaps: gapsOf(activity.id),
    };
  });
  const activityById = new Map(activities.map((activity) => [activity.id, activity]));

  const results: TraceResult[] = plan.societalResults.map((result, index) => {
    const targets = targetsByResult.get(result.id) ?? [];
    const contributions = (contributionsByResult.get(result.id) ?? []).sort(
      inPlanOrder(activityOrder, (c) => c.activityId),
    );
    const ids = contributions.map((contribution) => contribution.activityId);
    const ownGaps = gapsOf(result.id);
    const gaps = [...ownGaps];
    for (const target of targets) {
      for (const kind of target.gaps) if (!gaps.includes(kind)) gaps.push(kind);
    }
    return {
      id: result.id,
      number: index + 1,
      statement: result.statement,
      targets,
      contributions,
      activityIds: ids,
      ownGaps,
      gaps,
      activitiesWithoutRecentOutcome: ids.filter((id) =>
        activityById.get(id)?.gaps.includes('ACTIVITY_WITHOUT_RECENT_OUTCOME'),
      ),
    };
  });
  const resultById = new Map(results.map((result) => [result.id, result]));

  const targetsByIndicator = new Map<string, TraceTarget[]>();
  for (const target of targetById.values()) pushTo(targetsByIndicator, target.indicatorId, target);
  const indicators: TraceIndicator[] = plan.indicators.map((indicator) => {
    const targets = targetsByIndicator.get(indicator.id) ?? [];
    return {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      targetIds: targets.map((target) => target.id),
      resultIds: [...new Set(targets.map((target) => target.resultId))]
        .filter((id) => resultById.has(id))
        .sort((a, b) => (resultOrder.get(a) ?? 0) - (resultOrder.get(b) ?? 0)),
    };
  });

  const activityCount = new Map<string, number>();
  let activitiesWithoutExecutor = 0;
  const organizations = new Map<string, string>();
  for (const organization of plan.participants)
    organizations.set(organization.id, organization.name);
  for (const activity of activities) {
    if (!activity.executor) {
      activitiesWithoutExecutor += 1;
      continue;
    }
    organizations.set(activity.executor.id, activity.executor.name);
    activityCount.set(activity.executor.id, (activityCount.get(activity.executor.id) ?? 0) + 1);
  }

  return {
    indicators,
    results,
    activities,
    indicatorById: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    resultById,
    activityById,
    targetById,
    organizations: [...organizations]
      .map(([id, name]) => ({ id, name, activityCount: activityCount.get(id) ?? 0 }))
      .sort(byName),
    activitiesWithoutExecutor,
  };
}

// ---------------------------------------------------------------------------------------------
// Filter

/** The value of the organisation filter for activities without an executor. */
export const NO_EXECUTOR = 'geen';

export interface TraceFilter {
  /** An organisation id, NO_EXECUTOR, or null for all. */
  organizationId: string | null;
  onlyGaps: boolean;
}

export function activityMatches(activity: TraceActivity, filter: TraceFilter): boolean {
  if (filter.onlyGaps && activity.gaps.length === 0) return false;
  if (filter.organizationId === null) return true;
  if (filter.organizationId === NO_EXECUTOR) return activity.executor === null;
  return activity.executor?.id === filter.organizationId;
}

// ---------------------------------------------------------------------------------------------
// Matrix

export interface MatrixColumn {
  result: TraceResult;
  /** The result has a gap of its own or in one of its targets. */
  hasGap: boolean;
}

export interface MatrixRow {
  activity: TraceActivity;
  /** One per column, in column order: does this activity contribute to that result? */
  cells: boolean[];
  hasGap: boolean;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** All activities of the plan, before filtering. */
  total: number;
}

/**
 * Activities (rows, filtered) × results (columns, always all: a result no activity of the
 * chosen organisation serves is an answer too).
 */
export function buildMatrix(model: TraceModel, filter: TraceFilter): Matrix {
  const columns = model.results.map((result) => ({ result, hasGap: result.gaps.length > 0 }));
  const rows = model.activities
    .filter((activity) => activityMatches(activity, filter))
    .map((activity) => {
      const serves = new Set(activity.resultIds);
      return {
        activity,
        cells: columns.map((column) => serves.has(column.result.id)),
        hasGap: activity.gaps.length > 0,
      };
    });
  return { columns, rows, total: model.activities.length };
}

// ---------------------------------------------------------------------------------------------
// Chain

export type ChainStartKind = 'indicator' | 'result' | 'activity';

export interface ChainStart {
  kind: ChainStartKind;
  id: string;
}

export interface Chain {
  start: ChainStart;
  /** The name of the starting point, for the heading. */
  label: string;
  indicators: TraceIndicator[];
  results: TraceResult[];
  activities: TraceActivity[];
  /**
   * Activities of the results that the filter left out (starting at a result or indicator):
   * the chain says so instead of hiding them silently.
   */
  hiddenActivities: number;
}

function unique<T extends { id: string }>(items: readonly (T | undefined)[]): T[] {
  const seen = new Set<string>();
  const list: T[] = [];
  for (const item of items) {
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      list.push(item);
    }
  }
  return list;
}

function indicatorsOf(model: TraceModel, results: readonly TraceResult[]): TraceIndicator[] {
  return unique(
    results.flatMap((result) =>
      result.targets.map((target) => model.indicatorById.get(target.indicatorId)),
    ),
  );
}

/**
 * The chain through one item, in both directions: indicator → result → activities → (their
 * quality and outcome). From an activity: the results it serves and their indicators. From a
 * result: its indicators and the activities serving it. From an indicator: the results it
 * measures and their activities. Null when the item is not in the plan (an old link).
 */
export function buildChain(
  model: TraceModel,
  start: ChainStart,
  filter: TraceFilter = { organizationId: null, onlyGaps: false },
): Chain | null {
  const activitiesOf = (results: readonly TraceResult[]) => {
    const all = unique(
      results.flatMap((result) => result.activityIds.map((id) => model.activityById.get(id))),
    );
    // Only the organisation filter: "only gaps" is about the overview, not about the chain.
    const shown = all.filter((activity) =>
      activityMatches(activity, { organizationId: filter.organizationId, onlyGaps: false }),
    );
    return { activities: shown, hiddenActivities: all.length - shown.length };
  };

  switch (start.kind) {
    case 'activity': {
      const activity = model.activityById.get(start.id);
      if (!activity) return null;
      const results = unique(activity.resultIds.map((id) => model.resultById.get(id)));
      return {
        start,
        label: activity.name,
        indicators: indicatorsOf(model, results),
        results,
        activities: [activity],
        hiddenActivities: 0,
      };
    }
    case 'result': {
      const result = model.resultById.get(start.id);
      if (!result) return null;
      return {
        start,
        label: result.statement,
        indicators: indicatorsOf(model, [result]),
        results: [result],
        ...activitiesOf([result]),
      };
    }
    case 'indicator': {
      const indicator = model.indicatorById.get(start.id);
      if (!indicator) return null;
      const results = unique(indicator.resultIds.map((id) => model.resultById.get(id)));
      return {
        start,
        label: indicator.name,
        indicators: [indicator],
        results,
        ...activitiesOf(results),
      };
    }
  }
}

/** The targets of `result` that measure `indicatorId`, or all of them without one. */
export function targetsFor(result: TraceResult, indicatorId?: string): TraceTarget[] {
  return indicatorId
    ? result.targets.filter((target) => target.indicatorId === indicatorId)
    : result.targets;
}

/** The latest outcome of an activity, or null. */
export function latestOutcome(activity: TraceActivity): TraceOutcome | null {
  return activity.outcomes.at(-1) ?? null;
}

// ---------------------------------------------------------------------------------------------
// The URL: /plannen/<id>/samenhang?activiteit=<id>&organisatie=<id>&knelpunten=ja&weergave=lijst

export const SEARCH_PARAM = {
  indicator: 'indicator',
  result: 'resultaat',
  activity: 'activiteit',
  organization: 'organisatie',
  onlyGaps: 'knelpunten',
  view: 'weergave',
} as const;

const START_PARAM_OF: Readonly<Record<ChainStartKind, string>> = {
  activity: SEARCH_PARAM.activity,
  result: SEARCH_PARAM.result,
  indicator: SEARCH_PARAM.indicator,
};
/** When a URL names more than one starting point, the first of these wins. */
const START_PARAMS = Object.entries(START_PARAM_OF) as [ChainStartKind, string][];

export type TraceView = 'tabel' | 'lijst';

export interface TraceSearch {
  start: ChainStart | null;
  filter: TraceFilter;
  /** null: not chosen, the screen width decides. */
  view: TraceView | null;
}

export function readTraceSearch(params: URLSearchParams): TraceSearch {
  let start: ChainStart | null = null;
  for (const [kind, name] of START_PARAMS) {
    const id = params.get(name)?.trim();
    if (id) {
      start = { kind, id };
      break;
    }
  }
  const view = params.get(SEARCH_PARAM.view);
  return {
    start,
    filter: {
      organizationId: params.get(SEARCH_PARAM.organization)?.trim() || null,
      onlyGaps: params.get(SEARCH_PARAM.onlyGaps) === 'ja',
    },
    view: view === 'tabel' || view === 'lijst' ? view : null,
  };
}

/** The search string for a changed state, keeping everything else the URL holds. */
export function writeTraceSearch(
  params: URLSearchParams,
  change: { start?: ChainStart | null; filter?: Partial<TraceFilter>; view?: TraceView | null },
): string {
  const next = new URLSearchParams(params);
  if (change.start !== undefined) {
    for (const [, name] of START_PARAMS) next.delete(name);
    if (change.start) next.set(START_PARAM_OF[change.start.kind], change.start.id);
  }
  if (change.filter?.organizationId !== undefined) {
    if (change.filter.organizationId)
      next.set(SEARCH_PARAM.organization, change.filter.organizationId);
    else next.delete(SEARCH_PARAM.organization);
  }
  if (change.filter?.onlyGaps !== undefined) {
    if (change.filter.onlyGaps) next.set(SEARCH_PARAM.onlyGaps, 'ja');
    else next.delete(SEARCH_PARAM.onlyGaps);
  }
  if (change.view !== undefined) {
    if (change.view) next.set(SEARCH_PARAM.view, change.view);
    else next.delete(SEARCH_PARAM.view);
  }
  const search = next.toString();
  return search ? `?${search}` : '';
}
