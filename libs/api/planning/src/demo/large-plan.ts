import {
  ActivityKind,
  AssessmentRating,
  BetterDirection,
  ChecklistPoint,
  ChecklistStatus,
  EffectivenessCriterion,
  EvidenceLevel,
  ImprovementActionStatus,
  MIN_PERIOD_YEAR,
  OrganizationKind,
  PlanStatus,
  QualityPerspective,
  QualityRequirement,
  QualityStatus,
  ReflectionQuestion,
  TargetDirection,
  TargetKind,
} from '@oogo/shared-domain';
import type { EntityManager } from 'typeorm';
import {
  ensureOrganizations,
  insertPlan,
  insertReturningIds,
  insertRows,
  type OrganizationSeed,
  type SqlRow,
} from './insert-rows';
import { clamp, range, round, seededRandom, yearPeriod } from './seed-helpers';

/** The size of a plan for load and performance tests. */
export interface LargePlanOptions {
  results: number;
  activities: number;
  /** Contributions (activity → result); at most results × activities. */
  links: number;
  gemeenten: number;
  /** Years of measurements per indicator and gemeente, ending in LAST_YEAR. */
  years: number;
}

export const LARGE_PLAN: LargePlanOptions = {
  results: 40,
  activities: 200,
  links: 1000,
  gemeenten: 12,
  years: 10,
};

const LAST_YEAR = 2024;
/** GM9001–GM9999 and bestuursnummers 90001–90999: outside the ranges real ones use. */
const MAX_GEMEENTEN = 999;

/** Theme, unit, better direction, value in the first year, change per year. */
const INDICATORS: readonly (readonly [string, string, BetterDirection, number, number])[] = [
  ['Jeugdhulpgebruik', '%', BetterDirection.LOWER, 11.5, -0.1],
  ['Schoolverzuim', 'per 1.000 leerplichtigen', BetterDirection.LOWER, 24, -0.5],
  ['Voortijdig schoolverlaten', '%', BetterDirection.LOWER, 2.2, -0.03],
  ['Goede ervaren gezondheid', '%', BetterDirection.HIGHER, 82, 0.3],
  ['Gezinnen met een laag inkomen', '%', BetterDirection.LOWER, 8.5, -0.1],
  ['Psychosociale klachten', '%', BetterDirection.LOWER, 15, 0.4],
  ['Overgewicht', '%', BetterDirection.LOWER, 13, 0.1],
  ['Sporten wekelijks', '%', BetterDirection.HIGHER, 68, 0.5],
];

const PLACE_STARTS = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Hoog',
  'Laag',
  'Groot',
  'Klein',
  'Oud',
  'Nieuw',
];
const PLACE_ENDS = [
  'veen',
  'dam',
  'dijk',
  'broek',
  'wolde',
  'horst',
  'hoven',
  'rade',
  'meer',
  'berg',
];
const PARTNERS = [
  'GGD Grootland',
  'Jeugdhulp Grootland',
  'Kinderopvang Grootland',
  'Samenwerkingsverband Passend Onderwijs Grootland',
];
const ACTIVITY_TYPES = [
  'Jeugdhulp op school',
  'Oudercursus',
  'Spreekuur toegang',
  'Groepstraining weerbaarheid',
  'Verzuimbegeleiding',
  'Gezinscoach',
  'Taalprogramma peuters',
  'Jongerenwerk in de wijk',
];
const TARGET_GROUPS = [
  'Leerlingen in het basisonderwijs',
  'Leerlingen in het voortgezet onderwijs',
  'Ouders van jonge kinderen',
  'Jongeren van 16 tot 23 jaar',
];

function placeName(index: number): string {
  const name = `${PLACE_STARTS[index % 10]}${PLACE_ENDS[Math.floor(index / 10) % 10]}`;
  return index < 100 ? name : `${name} ${Math.floor(index / 100) + 1}`;
}

function checkOptions(options: LargePlanOptions): void {
  const { results, activities, links, gemeenten, years } = options;
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a count`);
  }
  if (results < 1 || activities < 1 || gemeenten < 1 || years < 1) {
    throw new RangeError('A large plan needs at least one result, activity, gemeente and year');
  }
  if (links > results * activities) {
    throw new RangeError(`${links} links do not fit in ${results} × ${activities} pairs`);
  }
  if (gemeenten > MAX_GEMEENTEN) throw new RangeError(`At most ${MAX_GEMEENTEN} gemeenten`);
  if (LAST_YEAR - years + 1 < MIN_PERIOD_YEAR) {
    throw new RangeError(`At most ${LAST_YEAR - MIN_PERIOD_YEAR + 1} years`);
  }
}

/**
 * The organizations of the test region. Codes are fixed per position (GM9001, GM9002, …), so a
 * second call reuses the rows of the first instead of colliding with them; plans of any size
 * share the same gemeenten, as plans of one region do.
 */
function regionOrganizations(gemeenten: number): OrganizationSeed[] {
  const schoolbesturen = Math.max(1, Math.ceil(gemeenten / 4));
  return [
    ...range(1, gemeenten).map((n) => ({
      kind: OrganizationKind.GEMEENTE,
      name: `Gemeente ${placeName(n - 1)}`,
      code: `GM${9000 + n}`,
    })),
    ...range(1, schoolbesturen).map((n) => ({
      kind: OrganizationKind.SCHOOLBESTUUR,
      name: `Stichting Onderwijs ${placeName(n - 1)}`,
      code: String(90000 + n),
    })),
    ...PARTNERS.map((name) => ({ kind: OrganizationKind.PARTNER, name, code: null })),
  ];
}

/**
 * The n-th contribution: activity n mod A, result (activity + round) mod R with round = n div A.
 * For one activity the rounds differ and stay below R, so no pair repeats, and the links spread
 * evenly over activities and results.
 */
function contributionPair(n: number, activities: number, results: number): [number, number] {
  const activity = n % activities;
  return [activity, (activity + Math.floor(n / activities)) % results];
}

/**
 * Generates a plan of the given size with every bouwsteen filled, for load and performance
 * tests, inside the caller's transaction; gives the plan id. Safe to call repeatedly in one
 * database: the organizations are reused (see regionOrganizations), everything else is new.
 */
export async function generateLargePlan(
  manager: EntityManager,
  options: LargePlanOptions,
): Promise<string> {
  checkOptions(options);
  const random = seededRandom(
    options.results * 7919 + options.activities * 104_729 + options.links + options.years,
  );
  const organizations = regionOrganizations(options.gemeenten);
  const organizationIds = await ensureOrganizations(manager, organizations);
  const gemeenten = organizations.flatMap((organization, index) =>
    organization.kind === OrganizationKind.GEMEENTE
      ? [{ id: organizationIds[index], code: organization.code ?? '' }]
      : [],
  );
  const parties = organizationIds.filter(
    (_, index) => organizations[index].kind !== OrganizationKind.PARTNER,
  );
  const planId = await insertPlan(
    manager,
    {
      title: `Testagenda ${options.results} resultaten, ${options.activities} activiteiten`,
      region: 'Regio Grootland',
      description: 'Een grote, gegenereerde ontwikkelagenda om snelheid en schaal te testen.',
      periodStartYear: 2025,
      periodEndYear: 2028,
      status: PlanStatus.DRAFT,
    },
    organizationIds,
  );

  // Bouwsteen 1
  const indicatorIds = await insertReturningIds(
    manager,
    'indicator',
    ['plan_id', 'name', 'unit', 'source', 'better_direction'],
    INDICATORS.map(([theme, unit, better], index) => [
      planId,
      `Indicator ${index + 1}: ${theme}`,
      unit,
      `CBS 9${String(index + 1).padStart(4, '0')}NED`,
      better,
    ]),
    'name',
  );
  const years = range(LAST_YEAR - options.years + 1, LAST_YEAR);
  const valueOf = (indicator: number, year: number): number => {
    const [, , , first, perYear] = INDICATORS[indicator];
    return first + perYear * (year - years[0]);
  };
  await insertRows(
    manager,
    'measurement',
    ['plan_id', 'indicator_id', 'area_code', 'period', 'period_start', 'period_end', 'value'],
    indicatorIds.flatMap((indicatorId, indicator) =>
      gemeenten.flatMap(({ code }) =>
        years.map((year): SqlRow => {
          const period = yearPeriod(year);
          const value = round(valueOf(indicator, year) * (0.85 + random() * 0.3), 2);
          return [planId, indicatorId, code, period.code, period.start, period.end, value];
        }),
      ),
    ),
  );

  const signalIds = await insertReturningIds(
    manager,
    'signal',
    ['plan_id', 'title', 'description', 'raised_by', 'organization_id'],
    range(1, 5).map((n) => [
      planId,
      `Signaal ${n} uit de praktijk`,
      'Professionals zien dat deze vraag vaker voorkomt dan de cijfers laten zien.',
      'Professionals in de wijk',
      organizationIds[n % organizationIds.length],
    ]),
    'title',
  );
  const analysisIds = await insertReturningIds(
    manager,
    'analysis',
    ['plan_id', 'theme', 'summary'],
    range(1, 3).map((n) => [planId, `Analyse ${n}`, 'Gezamenlijk beeld van cijfers en signalen.']),
    'theme',
  );
  await insertRows(
    manager,
    'analysis_indicator',
    ['plan_id', 'analysis_id', 'indicator_id'],
    analysisIds.flatMap((analysisId, a) =>
      range(0, 2).map((i) => [planId, analysisId, indicatorIds[(a * 3 + i) % indicatorIds.length]]),
    ),
  );
  await insertRows(
    manager,
    'analysis_signal',
    ['plan_id', 'analysis_id', 'signal_id'],
    signalIds.map((signalId, s) => [planId, analysisIds[s % analysisIds.length], signalId]),
  );
  const questions = Object.values(ReflectionQuestion);
  const answerColumns = [
    'plan_id',
    'analysis_id',
    'learning_review_id',
    'organization_id',
    'question',
    'answer',
  ];
  // Every gemeente and schoolbestuur answers the four questions of the first analysis.
  await insertRows(
    manager,
    'reflection_answer',
    answerColumns,
    parties.flatMap((organizationId) =>
      questions.map((question) => [
        planId,
        analysisIds[0],
        null,
        organizationId,
        question,
        'Wij herkennen het beeld en willen samen verbeteren.',
      ]),
    ),
  );

  // Bouwsteen 2
  const resultIds = await insertReturningIds(
    manager,
    'societal_result',
    ['plan_id', 'statement'],
    range(1, options.results).map((n) => [
      planId,
      `Resultaat ${n}: ${INDICATORS[(n - 1) % INDICATORS.length][0].toLowerCase()} verbetert.`,
    ]),
    'statement',
  );
  await insertRows(
    manager,
    'societal_result_analysis',
    ['plan_id', 'societal_result_id', 'analysis_id'],
    resultIds.map((resultId, r) => [planId, resultId, analysisIds[r % analysisIds.length]]),
  );
  const baselineYear = LAST_YEAR - 1;
  await insertRows(
    manager,
    'result_indicator',
    [
      'plan_id',
      'societal_result_id',
      'indicator_id',
      'baseline_value',
      'baseline_year',
      'target_value',
      'target_year',
      'target_kind',
      'direction',
    ],
    resultIds.map((resultId, r) => {
      const indicator = r % INDICATORS.length;
      const higher = INDICATORS[indicator][2] === BetterDirection.HIGHER;
      const baseline = round(valueOf(indicator, baselineYear), 1);
      return [
        planId,
        resultId,
        indicatorIds[indicator],
        baseline,
        baselineYear,
        round(baseline * (higher ? 1.1 : 0.9), 1),
        2028,
        r % 2 === 0 ? TargetKind.AMBITION : TargetKind.NORM,
        higher ? TargetDirection.INCREASE : TargetDirection.DECREASE,
      ];
    }),
  );

  // Bouwsteen 3
  const kinds = Object.values(ActivityKind);
  const evidenceLevels = Object.values(EvidenceLevel);
  const activityIds = await insertReturningIds(
    manager,
    'activity',
    ['plan_id', 'name', 'kind', 'target_group', 'executor_organization_id', 'evidence_level'],
    range(1, options.activities).map((n) => [
      planId,
      `Activiteit ${n}: ${ACTIVITY_TYPES[(n - 1) % ACTIVITY_TYPES.length]}`,
      kinds[(n - 1) % kinds.length],
      TARGET_GROUPS[(n - 1) % TARGET_GROUPS.length],
      organizationIds[(n - 1) % organizationIds.length],
      evidenceLevels[(n - 1) % evidenceLevels.length],
    ]),
    'name',
  );
  await insertRows(
    manager,
    'contribution',
    ['plan_id', 'activity_id', 'societal_result_id', 'rationale'],
    range(0, options.links - 1).map((n) => {
      const [activity, result] = contributionPair(n, options.activities, options.results);
      return [planId, activityIds[activity], resultIds[result], 'Draagt bij via de doelgroep.'];
    }),
  );
  const criteria = Object.values(EffectivenessCriterion);
  const ratings = Object.values(AssessmentRating);
  await insertRows(
    manager,
    'activity_assessment',
    ['plan_id', 'activity_id', 'criterion', 'rating', 'explanation'],
    activityIds.flatMap((activityId, a) =>
      criteria.map((criterion, c) => [
        planId,
        activityId,
        criterion,
        ratings[(a + c) % ratings.length],
        'Beoordeeld in de werkgroep.',
      ]),
    ),
  );
  const points = Object.values(ChecklistPoint);
  await insertRows(
    manager,
    'intervention_checklist_item',
    ['plan_id', 'activity_id', 'point', 'status'],
    activityIds.flatMap((activityId, a) =>
      points.map((point, p) => [
        planId,
        activityId,
        point,
        // Every tenth activity has three unclear points, like a doubtful intervention.
        a % 10 === 0 && p < 3 ? ChecklistStatus.UNCLEAR : ChecklistStatus.CLEAR,
      ]),
    ),
  );

  // Bouwsteen 4 and 5
  const requirements = Object.values(QualityRequirement);
  const perspectives = Object.values(QualityPerspective);
  const statuses = Object.values(QualityStatus);
  await insertRows(
    manager,
    'quality_check',
    ['plan_id', 'activity_id', 'requirement', 'perspective', 'status', 'evidence'],
    activityIds.flatMap((activityId, a) =>
      [0, 1].map((q) => [
        planId,
        activityId,
        requirements[(a + q) % requirements.length],
        perspectives[a % perspectives.length],
        statuses[(a + q) % statuses.length],
        'Nagegaan bij de uitvoerder.',
      ]),
    ),
  );
  const outcomeYears = [LAST_YEAR - 1, LAST_YEAR].map(yearPeriod);
  const percentage = (centre: number): number =>
    round(clamp(centre + random() * 20 - 10, 0, 100), 1);
  await insertRows(
    manager,
    'outcome_measurement',
    [
      'plan_id',
      'activity_id',
      'period',
      'period_start',
      'period_end',
      'goal_realisation_pct',
      'planned_termination_pct',
      'client_satisfaction_pct',
      'respondents',
    ],
    activityIds.flatMap((activityId) =>
      outcomeYears.map((period) => [
        planId,
        activityId,
        period.code,
        period.start,
        period.end,
        percentage(68),
        percentage(80),
        percentage(82),
        20 + Math.floor(random() * 300),
      ]),
    ),
  );

  // Bouwsteen 6
  const [{ id: learningReviewId }] = await insertRows<{ id: string }>(
    manager,
    'learning_review',
    ['plan_id', 'title', 'held_on', 'summary', 'decisions'],
    [
      [
        planId,
        'Jaarlijkse leersessie',
        '2025-05-15',
        'Cijfers en outcome besproken.',
        'Bijsturen.',
      ],
    ],
    'id',
  );
  await insertRows(
    manager,
    'reflection_answer',
    answerColumns,
    parties
      .slice(0, 3)
      .flatMap((organizationId) =>
        questions.map((question) => [
          planId,
          null,
          learningReviewId,
          organizationId,
          question,
          'Besproken in de leersessie.',
        ]),
      ),
  );
  const actionStatuses = Object.values(ImprovementActionStatus);
  await insertRows(
    manager,
    'improvement_action',
    [
      'plan_id',
      'learning_review_id',
      'societal_result_id',
      'activity_id',
      'title',
      'owner_organization_id',
      'due_date',
      'status',
    ],
    range(0, 2).map((n) => [
      planId,
      learningReviewId,
      resultIds[n % resultIds.length],
      activityIds[n % activityIds.length],
      `Verbeteractie ${n + 1}`,
      parties[n % parties.length],
      `2025-${String(9 + n).padStart(2, '0')}-01`,
      actionStatuses[n % actionStatuses.length],
    ]),
  );

  return planId;
}
