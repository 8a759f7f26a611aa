import type {
  Activity,
  ActivityAssessment,
  Analysis,
  Contribution,
  FrozenPlan,
  ImprovementAction,
  Indicator,
  InterventionChecklistItem,
  LearningReview,
  LiteratureReference,
  Measurement,
  OutcomeMeasurement,
  PlanVersionText,
  QualityCheck,
  ReflectionAnswer,
  ResultIndicator,
  Signal,
  SocietalResult,
} from '@oogo/api-planning';
import { groupBy, latestRegionalValue } from '@oogo/api-planning';
import {
  DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS,
  EffectivenessCriterion,
  ChecklistPoint,
  OrganizationKind,
  PlanStatus,
  ReflectionQuestion,
  Stage,
  STAGES_IN_ORDER,
} from '@oogo/shared-domain';
import type {
  AgendaDocument,
  AgendaSection,
  Block,
  ChartBlock,
  TableBlock,
} from './agenda-document';
import {
  ACTIVITY_KIND,
  ASSESSMENT_RATING,
  BETTER_DIRECTION,
  CHECKLIST_POINT,
  CHECKLIST_STATUS,
  DECISION,
  EFFECTIVENESS_CRITERION,
  EVIDENCE_LEVEL,
  formatDate,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatValue,
  IMPROVEMENT_ACTION_STATUS,
  NOTHING_RECORDED,
  ORGANIZATION_KIND,
  ORGANIZATION_KINDS,
  PLAN_STATUS,
  QUALITY_PERSPECTIVE,
  QUALITY_REQUIREMENT,
  QUALITY_STATUS,
  REFLECTION_QUESTION,
  STAGE_INTRO,
  STAGE_TITLE,
  TARGET_KIND,
} from './agenda-words';

/** An item as a version keeps it: dates as ISO text. */
type Frozen<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

/** At most this many periods per chart: more would not fit across a page. */
export const CHART_PERIODS = 8;

export interface AgendaSource {
  version: PlanVersionText;
  /** The live plan, adopted and unchanged since: when its latest version was adopted. */
  latestAdoptedAt: Date | null;
  madeAt: Date;
}

/** Reads one version of a plan: items per type, organisations and areas by id or code. */
class VersionReader {
  private readonly organizations: Map<string, { name: string; kind: string; code: string | null }>;

  constructor(readonly graph: FrozenPlan) {
    this.organizations = new Map(graph.participants.map((party) => [party.id, party]));
  }

  items<T>(stage: Stage, type: string): Frozen<T>[] {
    const items = this.graph.stages.find((frozen) => frozen.stage === stage)?.items[type] ?? [];
    return items as unknown as Frozen<T>[];
  }

  organizationName(id: string | null | undefined): string {
    if (!id) return '';
    return this.organizations.get(id)?.name ?? 'Organisatie die niet meer meedoet';
  }

  /** GM0363 → the participating gemeente's name; NL01 → Nederland. */
  areaName(code: string): string {
    if (code === 'NL01') return 'Nederland';
    const gemeente = this.graph.participants.find(
      (party) => party.kind === OrganizationKind.GEMEENTE && party.code === code,
    );
    return gemeente?.name ?? code;
  }
}

const orEmpty = (blocks: Block[]): Block[] =>
  blocks.length ? blocks : [{ kind: 'paragraph', text: NOTHING_RECORDED }];

const paragraphIf = (text: string | null | undefined): Block[] =>
  text?.trim() ? [{ kind: 'paragraph', text: text.trim() }] : [];

/** Builds the document of one version of a plan. */
export function buildAgendaDocument({
  version,
  latestAdoptedAt,
  madeAt,
}: AgendaSource): AgendaDocument {
  const reader = new VersionReader(version.graph);
  const plan = version.graph.plan as {
    title: string;
    region: string;
    description: string;
    periodStartYear: number;
    periodEndYear: number;
  };
  const adoptedAt = version.adopted?.adoptedAt ?? latestAdoptedAt;
  const status =
    version.status === PlanStatus.ADOPTED && adoptedAt
      ? `${PLAN_STATUS.ADOPTED} op ${formatDate(adoptedAt)}`
      : PLAN_STATUS[version.status];
  const kinds = [
    OrganizationKind.GEMEENTE,
    OrganizationKind.SCHOOLBESTUUR,
    OrganizationKind.PARTNER,
  ];
  return {
    title: plan.title,
    region: plan.region,
    period: `${plan.periodStartYear}–${plan.periodEndYear}`,
    description: plan.description ?? '',
    status,
    version: version.adopted ? `Versie ${version.adopted.number}` : null,
    madeOn: `Gemaakt op ${formatDate(madeAt)}`,
    participants: kinds
      .map((kind) => ({
        kind: ORGANIZATION_KINDS[kind],
        names: version.graph.participants
          .filter((party) => party.kind === kind)
          .map((party) => party.name)
          .sort((a, b) => a.localeCompare(b, 'nl')),
      }))
      .filter((group) => group.names.length > 0),
    sections: [
      ...STAGES_IN_ORDER.map((stage, index): AgendaSection => ({
        number: index + 1,
        title: STAGE_TITLE[stage],
        intro: STAGE_INTRO[stage],
        blocks: STAGE_BLOCKS[stage](reader),
      })),
      agreementSection(version),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Bouwsteen 1: staat van de jeugd

function youthSituation(reader: VersionReader): Block[] {
  const indicators = reader.items<Indicator>(Stage.YOUTH_SITUATION, 'Indicator');
  const measurements = groupBy(
    reader.items<Measurement>(Stage.YOUTH_SITUATION, 'Measurement'),
    (measurement) => measurement.indicatorId,
  );
  const signals = reader.items<Signal>(Stage.YOUTH_SITUATION, 'Signal');
  const analyses = reader.items<Analysis & { indicatorIds: string[]; signalIds: string[] }>(
    Stage.YOUTH_SITUATION,
    'Analysis',
  );
  const answers = groupBy(
    reader.items<ReflectionAnswer>(Stage.YOUTH_SITUATION, 'ReflectionAnswer'),
    (answer) => answer.analysisId,
  );
  const indicatorName = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
  const signalTitle = new Map(signals.map((signal) => [signal.id, signal.title]));

  const figures = indicators.flatMap((indicator): Block[] => [
    { kind: 'heading', level: 3, text: indicator.name },
    ...paragraphIf(indicator.description),
    {
      kind: 'facts',
      items: [
        { term: 'Eenheid', value: indicator.unit },
        { term: 'Bron', value: indicator.source || 'Niet vermeld' },
        { term: 'Richting', value: BETTER_DIRECTION[indicator.betterDirection] },
      ],
    },
    ...indicatorFigures(reader, indicator, measurements.get(indicator.id) ?? []),
  ]);

  const signalTable: Block[] = signals.length
    ? [
        {
          kind: 'table',
          caption: 'Signalen uit de praktijk',
          columns: ['Signaal', 'Wat zien we?', 'Gezien door', 'Datum'],
          rows: signals.map((signal) => [
            signal.title,
            signal.description,
            [signal.raisedBy, reader.organizationName(signal.organizationId)]
              .filter(Boolean)
              .join(', '),
            signal.observedOn ? formatDate(signal.observedOn) : '',
          ]),
        },
      ]
    : [];

  const analysisBlocks = analyses.flatMap((analysis): Block[] => [
    { kind: 'heading', level: 3, text: analysis.theme },
    ...paragraphIf(analysis.summary),
    {
      kind: 'facts',
      items: [
        {
          term: 'Cijfers',
          value: names(analysis.indicatorIds, indicatorName) || 'Geen',
        },
        { term: 'Signalen', value: names(analysis.signalIds, signalTitle) || 'Geen' },
      ],
    },
    ...fourQuestions(reader, answers.get(analysis.id) ?? []),
  ]);

  return [
    { kind: 'heading', level: 2, text: 'Cijfers' },
    ...orEmpty(figures),
    { kind: 'heading', level: 2, text: 'Signalen' },
    ...orEmpty(signalTable),
    { kind: 'heading', level: 2, text: 'Gezamenlijke analyse' },
    ...orEmpty(analysisBlocks),
  ];
}

const names = (ids: readonly string[] | undefined, byId: Map<string, string>) =>
  (ids ?? [])
    .map((id) => byId.get(id))
    .filter(Boolean)
    .join(', ');

/** The latest value per area, and a chart of the recent periods with its numbers. */
function indicatorFigures(
  reader: VersionReader,
  indicator: Frozen<Indicator>,
  measurements: Frozen<Measurement>[],
): Block[] {
  if (!measurements.length) return [{ kind: 'paragraph', text: 'Er zijn nog geen metingen.' }];
  const byArea = groupBy(measurements, (measurement) => measurement.areaCode);
  // Gemeenten first, Nederland last, as the reference.
  const areas = [...byArea.keys()].sort((a, b) =>
    a === 'NL01'
      ? 1
      : b === 'NL01'
        ? -1
        : reader.areaName(a).localeCompare(reader.areaName(b), 'nl'),
  );
  const latest = areas.map((area) => {
    const newest = (byArea.get(area) ?? []).reduce((a, b) =>
      b.periodStart > a.periodStart ? b : a,
    );
    return `${reader.areaName(area)}: ${formatValue(newest.value, indicator.unit)} (${formatPeriod(newest.period)})`;
  });
  const periods = [...new Set(measurements.map((measurement) => measurement.period))]
    .map((period) => ({
      period,
      start: measurements.find((measurement) => measurement.period === period)?.periodStart ?? '',
    }))
    .sort((a, b) => a.start.localeCompare(b.start))
    .slice(-CHART_PERIODS)
    .map(({ period }) => period);
  const value = (area: string, period: string) =>
    byArea.get(area)?.find((measurement) => measurement.period === period)?.value ?? null;
  const series = areas.map((area) => ({
    name: reader.areaName(area),
    values: periods.map((period) => value(area, period)),
  }));
  const periodNames = periods.map(formatPeriod);
  // "Absoluut verzuim per 1.000 leerplichtigen" names its unit already.
  const named = indicator.name.includes(indicator.unit)
    ? indicator.name
    : `${indicator.name} (${indicator.unit})`;
  const caption = `${named} per gebied en periode`;
  const table: TableBlock = {
    kind: 'table',
    caption,
    columns: ['Gebied', ...periodNames],
    rows: series.map((serie) => [
      serie.name,
      ...serie.values.map((value) => (value === null ? '–' : formatNumber(value))),
    ]),
    numeric: periodNames.map((_, index) => index + 1),
  };
  const chart: ChartBlock = {
    kind: 'chart',
    description: `Staafdiagram: ${caption}, ${periodNames[0]} tot en met ${periodNames.at(-1)}. De getallen staan in de tabel ernaast.`,
    unit: indicator.unit,
    periods: periodNames,
    series,
    table,
  };
  return [
    { kind: 'heading', level: 4, text: 'Laatste cijfer per gebied' },
    { kind: 'list', items: latest },
    chart,
  ];
}

/** Each party's answers to the four questions, per question. */
function fourQuestions(reader: VersionReader, answers: Frozen<ReflectionAnswer>[]): Block[] {
  if (!answers.length)
    return [{ kind: 'paragraph', text: 'Nog geen antwoorden op de vier vragen.' }];
  const byQuestion = groupBy(answers, (answer) => answer.question);
  return Object.values(ReflectionQuestion).flatMap((question): Block[] => {
    const given = byQuestion.get(question) ?? [];
    return [
      { kind: 'heading', level: 4, text: REFLECTION_QUESTION[question] },
      given.length
        ? {
            kind: 'list',
            items: given.map(
              (answer) => `${reader.organizationName(answer.organizationId)}: ${answer.answer}`,
            ),
          }
        : { kind: 'paragraph', text: 'Nog geen antwoorden.' },
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Bouwsteen 2: maatschappelijke resultaten

function societalResults(reader: VersionReader): Block[] {
  const results = reader.items<SocietalResult & { analysisIds: string[] }>(
    Stage.SOCIETAL_RESULTS,
    'SocietalResult',
  );
  const resultIndicators = groupBy(
    reader.items<ResultIndicator>(Stage.SOCIETAL_RESULTS, 'ResultIndicator'),
    (resultIndicator) => resultIndicator.societalResultId,
  );
  const indicators = new Map(
    reader
      .items<Indicator>(Stage.YOUTH_SITUATION, 'Indicator')
      .map((indicator) => [indicator.id, indicator]),
  );
  const measurements = groupBy(
    reader.items<Measurement>(Stage.YOUTH_SITUATION, 'Measurement'),
    (measurement) => measurement.indicatorId,
  );
  const analysisTheme = new Map(
    reader
      .items<Analysis>(Stage.YOUTH_SITUATION, 'Analysis')
      .map((analysis) => [analysis.id, analysis.theme]),
  );
  const activityName = new Map(
    reader
      .items<Activity>(Stage.ACTIVITIES, 'Activity')
      .map((activity) => [activity.id, activity.name]),
  );
  const contributions = groupBy(
    reader.items<Contribution>(Stage.ACTIVITIES, 'Contribution'),
    (contribution) => contribution.societalResultId,
  );
  if (!results.length) return [{ kind: 'paragraph', text: NOTHING_RECORDED }];

  const rows = results.flatMap((result) => {
    const own = resultIndicators.get(result.id) ?? [];
    if (!own.length) return [[result.statement, 'Nog geen effectindicator', '', '', '']];
    return own.map((resultIndicator) => {
      const indicator = indicators.get(resultIndicator.indicatorId);
      const unit = indicator?.unit ?? '';
      // The same figure the web's progress shows: the mean of the gemeenten's latest year.
      const latest = latestRegionalValue(
        (measurements.get(resultIndicator.indicatorId) ?? []) as unknown as Measurement[],
      );
      return [
        result.statement,
        indicator?.name ?? '',
        `${formatValue(resultIndicator.baselineValue, unit)} (${resultIndicator.baselineYear})`,
        `${formatValue(resultIndicator.targetValue, unit)} in ${resultIndicator.targetYear} (${TARGET_KIND[resultIndicator.targetKind]})`,
        latest
          ? `${formatValue(latest.value, unit)} (${latest.year}, gemiddelde van ${latest.areaCount} ${latest.areaCount === 1 ? 'gemeente' : 'gemeenten'})`
          : 'Nog geen meting',
      ];
    });
  });

  return [
    { kind: 'heading', level: 2, text: 'Resultaten en streefwaarden' },
    {
      kind: 'table',
      caption:
        'Maatschappelijke resultaten met effectindicator, nulmeting, streefwaarde en laatste waarde',
      columns: [
        'Resultaat',
        'Effectindicator',
        'Nulmeting (jaar)',
        'Streefwaarde',
        'Laatste waarde',
      ],
      rows,
    },
    { kind: 'heading', level: 2, text: 'De resultaten' },
    ...results.flatMap((result): Block[] => {
      const serving = contributions.get(result.id) ?? [];
      return [
        { kind: 'heading', level: 3, text: result.statement },
        ...paragraphIf(result.description),
        {
          kind: 'facts',
          items: [
            {
              term: 'Komt uit de analyse',
              value: names(result.analysisIds, analysisTheme) || 'Geen analyse gekoppeld',
            },
            {
              term: 'Activiteiten die bijdragen',
              value:
                serving
                  .map((contribution) => activityName.get(contribution.activityId))
                  .join(', ') || 'Nog geen activiteit draagt bij aan dit resultaat',
            },
          ],
        },
      ];
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Bouwsteen 3: activiteiten

function activities(reader: VersionReader): Block[] {
  const all = reader.items<Activity>(Stage.ACTIVITIES, 'Activity');
  const resultStatement = new Map(
    reader
      .items<SocietalResult>(Stage.SOCIETAL_RESULTS, 'SocietalResult')
      .map((result) => [result.id, result.statement]),
  );
  const of = <T extends { activityId: string }>(type: string) =>
    groupBy(reader.items<T>(Stage.ACTIVITIES, type), (item) => item.activityId);
  const contributions = of<Contribution>('Contribution');
  const assessments = of<ActivityAssessment>('ActivityAssessment');
  const checklists = of<InterventionChecklistItem>('InterventionChecklistItem');
  const literature = of<LiteratureReference>('LiteratureReference');

  return orEmpty(
    all.flatMap((activity): Block[] => {
      const serves = contributions.get(activity.id) ?? [];
      const assessed = assessments.get(activity.id) ?? [];
      const checklist = checklists.get(activity.id) ?? [];
      const references = literature.get(activity.id) ?? [];
      const unclear = checklist.filter((item) => item.status === 'UNCLEAR').length;
      const order = <K extends string>(keys: readonly K[], key: K) => keys.indexOf(key);
      const criteria = Object.values(EffectivenessCriterion);
      const points = Object.values(ChecklistPoint);
      return [
        { kind: 'heading', level: 3, text: activity.name },
        ...paragraphIf(activity.description),
        {
          kind: 'facts',
          items: [
            { term: 'Soort', value: ACTIVITY_KIND[activity.kind] },
            { term: 'Doelgroep', value: activity.targetGroup },
            {
              term: 'Uitvoerder',
              value: reader.organizationName(activity.executorOrganizationId) || 'Nog niet gekozen',
            },
            { term: 'Erkenning databank', value: EVIDENCE_LEVEL[activity.evidenceLevel] },
          ],
        },
        { kind: 'heading', level: 4, text: 'Draagt bij aan' },
        serves.length
          ? {
              kind: 'list',
              items: serves.map((contribution) => {
                const statement = resultStatement.get(contribution.societalResultId) ?? '';
                return contribution.rationale
                  ? `${statement} Hoe: ${contribution.rationale}`
                  : statement;
              }),
            }
          : { kind: 'paragraph', text: 'Deze activiteit draagt nog niet bij aan een resultaat.' },
        ...(unclear >= DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS
          ? [
              {
                kind: 'warning',
                text: `Let op: ${unclear} van de 7 punten van de checklist zijn niet helder. Dan is het twijfelachtig of deze interventie effectief is.`,
              } as const,
            ]
          : []),
        ...(assessed.length
          ? [
              {
                kind: 'table',
                caption: `Criteria voor effectiviteit: ${activity.name}`,
                columns: ['Criterium', 'Oordeel', 'Toelichting'],
                rows: [...assessed]
                  .sort((a, b) => order(criteria, a.criterion) - order(criteria, b.criterion))
                  .map((item) => [
                    EFFECTIVENESS_CRITERION[item.criterion],
                    ASSESSMENT_RATING[item.rating],
                    item.explanation,
                  ]),
              } as const,
            ]
          : []),
        ...(checklist.length
          ? [
              {
                kind: 'table',
                caption: `Checklist interventie: ${activity.name}`,
                columns: ['Punt', 'Stand', 'Toelichting'],
                rows: [...checklist]
                  .sort((a, b) => order(points, a.point) - order(points, b.point))
                  .map((item) => [
                    CHECKLIST_POINT[item.point],
                    CHECKLIST_STATUS[item.status],
                    item.explanation,
                  ]),
              } as const,
            ]
          : []),
        ...(references.length
          ? [
              { kind: 'heading', level: 4, text: 'Literatuur' } as const,
              {
                kind: 'list',
                items: references.map((reference) =>
                  reference.url ? `${reference.citation} (${reference.url})` : reference.citation,
                ),
              } as const,
            ]
          : []),
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Bouwsteen 4 and 5: kwaliteit, outcome

function quality(reader: VersionReader): Block[] {
  const checks = reader.items<QualityCheck>(Stage.QUALITY, 'QualityCheck');
  if (!checks.length) return [{ kind: 'paragraph', text: NOTHING_RECORDED }];
  const activityName = activityNames(reader);
  const counts = groupBy(checks, (check) => check.status);
  return [
    {
      kind: 'paragraph',
      text: `${checks.length} kwaliteitseisen bekeken. ${Object.entries(QUALITY_STATUS)
        .map(([status, word]) => `${word}: ${counts.get(status)?.length ?? 0}`)
        .join(', ')}.`,
    },
    {
      kind: 'table',
      caption: 'Kwaliteitseisen per activiteit',
      columns: ['Activiteit', 'Kwaliteitseis', 'Perspectief', 'Stand', 'Onderbouwing'],
      rows: [...checks]
        .sort((a, b) =>
          (activityName.get(a.activityId) ?? '').localeCompare(
            activityName.get(b.activityId) ?? '',
            'nl',
          ),
        )
        .map((check) => [
          activityName.get(check.activityId) ?? '',
          QUALITY_REQUIREMENT[check.requirement],
          QUALITY_PERSPECTIVE[check.perspective],
          QUALITY_STATUS[check.status],
          check.evidence,
        ]),
    },
  ];
}

const activityNames = (reader: VersionReader) =>
  new Map(
    reader
      .items<Activity>(Stage.ACTIVITIES, 'Activity')
      .map((activity) => [activity.id, activity.name]),
  );

function outcomes(reader: VersionReader): Block[] {
  const measured = groupBy(
    reader.items<OutcomeMeasurement>(Stage.OUTCOMES, 'OutcomeMeasurement'),
    (measurement) => measurement.activityId,
  );
  const all = reader.items<Activity>(Stage.ACTIVITIES, 'Activity');
  const rows = all.flatMap((activity) => {
    const own = measured.get(activity.id);
    if (!own?.length) return [];
    const latest = own.reduce((a, b) => (b.periodStart > a.periodStart ? b : a));
    return [
      [
        activity.name,
        formatPeriod(latest.period),
        formatPercent(latest.goalRealisationPct),
        formatPercent(latest.plannedTerminationPct),
        formatPercent(latest.clientSatisfactionPct),
        latest.respondents === null ? 'onbekend' : formatNumber(latest.respondents),
      ],
    ];
  });
  const without = all.filter((activity) => !measured.get(activity.id)?.length);
  if (!rows.length && !without.length) return [{ kind: 'paragraph', text: NOTHING_RECORDED }];
  return [
    ...(rows.length
      ? [
          {
            kind: 'table',
            caption: 'Laatste outcome per activiteit',
            columns: [
              'Activiteit',
              'Periode',
              'Doelrealisatie',
              'Beëindigd volgens plan (geen uitval)',
              'Cliënttevredenheid',
              'Respondenten',
            ],
            rows,
            numeric: [2, 3, 4, 5],
          } as const,
        ]
      : [{ kind: 'paragraph', text: NOTHING_RECORDED } as const]),
    ...(without.length
      ? [
          { kind: 'heading', level: 3, text: 'Activiteiten zonder outcome' } as const,
          { kind: 'list', items: without.map((activity) => activity.name) } as const,
        ]
      : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// Bouwsteen 6: leren en verbeteren

function learning(reader: VersionReader): Block[] {
  const reviews = reader.items<LearningReview>(Stage.LEARNING, 'LearningReview');
  const actions = reader.items<ImprovementAction>(Stage.LEARNING, 'ImprovementAction');
  const answers = groupBy(
    reader.items<ReflectionAnswer>(Stage.YOUTH_SITUATION, 'ReflectionAnswer'),
    (answer) => answer.learningReviewId,
  );
  const activityName = activityNames(reader);
  const resultStatement = new Map(
    reader
      .items<SocietalResult>(Stage.SOCIETAL_RESULTS, 'SocietalResult')
      .map((result) => [result.id, result.statement]),
  );
  const reviewBlocks = reviews.flatMap((review): Block[] => [
    { kind: 'heading', level: 3, text: `${review.title} (${formatDate(review.heldOn)})` },
    ...paragraphIf(review.summary),
    ...fourQuestions(reader, answers.get(review.id) ?? []),
    { kind: 'heading', level: 4, text: 'Besluiten' },
    { kind: 'paragraph', text: review.decisions.trim() || 'Geen besluiten vastgelegd.' },
  ]);
  const actionTable: Block[] = actions.length
    ? [
        {
          kind: 'table',
          caption: 'Verbeteracties',
          columns: ['Verbeteractie', 'Gaat over', 'Eigenaar', 'Klaar op', 'Stand'],
          rows: actions.map((action) => [
            action.description ? `${action.title}: ${action.description}` : action.title,
            [
              action.societalResultId ? resultStatement.get(action.societalResultId) : null,
              action.activityId ? activityName.get(action.activityId) : null,
            ]
              .filter(Boolean)
              .join('; '),
            [action.ownerName, reader.organizationName(action.ownerOrganizationId)]
              .filter(Boolean)
              .join(', ') || 'Nog niet gekozen',
            action.dueDate ? formatDate(action.dueDate) : 'Geen datum',
            IMPROVEMENT_ACTION_STATUS[action.status],
          ]),
        },
      ]
    : [];
  return [
    { kind: 'heading', level: 2, text: 'Evaluaties' },
    ...orEmpty(reviewBlocks),
    { kind: 'heading', level: 2, text: 'Verbeteracties' },
    ...orEmpty(actionTable),
  ];
}

const STAGE_BLOCKS: Record<Stage, (reader: VersionReader) => Block[]> = {
  YOUTH_SITUATION: youthSituation,
  SOCIETAL_RESULTS: societalResults,
  ACTIVITIES: activities,
  QUALITY: quality,
  OUTCOMES: outcomes,
  LEARNING: learning,
};

// ---------------------------------------------------------------------------------------------
// Akkoord

function agreementSection(version: PlanVersionText): AgendaSection {
  const deciding = version.graph.participants.filter(
    (party) =>
      party.kind === OrganizationKind.GEMEENTE || party.kind === OrganizationKind.SCHOOLBESTUUR,
  );
  const approvals = new Map(
    version.graph.approvals.map((approval) => [approval.organizationId, approval]),
  );
  // The live plan says where each party stands now; a version, what it was adopted on.
  const states = new Map(
    (version.parties ?? []).map((party) => [party.organization.id, party.state as string]),
  );
  const rows = deciding
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'nl'))
    .map((party) => {
      const approval = approvals.get(party.id);
      const state = states.get(party.id) ?? approval?.decision ?? 'WAITING';
      return [
        party.name,
        ORGANIZATION_KIND[party.kind as OrganizationKind] ?? party.kind,
        DECISION[state] ?? state,
        approval?.givenByName ?? (approval ? 'Onbekend' : ''),
        approval ? formatDate(approval.givenAt) : '',
      ];
    });
  return {
    number: null,
    title: 'Akkoord',
    intro: version.adopted
      ? 'Op deze besluiten van de gemeenten en schoolbesturen is het plan vastgesteld.'
      : 'Elke gemeente en elk schoolbestuur in het plan beslist mee. Zo staat het nu.',
    blocks: rows.length
      ? [
          {
            kind: 'table',
            caption: 'Besluiten van gemeenten en schoolbesturen',
            columns: ['Organisatie', 'Soort', 'Besluit', 'Door', 'Wanneer'],
            rows,
          },
        ]
      : [
          {
            kind: 'paragraph',
            text: 'Er doen geen gemeenten of schoolbesturen mee aan dit plan. Daarom kan niemand akkoord geven.',
          },
        ],
  };
}
