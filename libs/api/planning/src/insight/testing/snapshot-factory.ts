import {
  ActivityKind,
  AssessmentRating,
  BetterDirection,
  ChecklistPoint,
  ChecklistStatus,
  EffectivenessCriterion,
  EvidenceLevel,
  ImprovementActionStatus,
  OrganizationKind,
  parsePeriod,
  PlanStatus,
  QualityPerspective,
  QualityRequirement,
  QualityStatus,
  ReflectionQuestion,
  TargetDirection,
  TargetKind,
} from '@oogo/shared-domain';
import {
  Activity,
  ActivityAssessment,
  Contribution,
  InterventionChecklistItem,
  LiteratureReference,
} from '../../activities/activities.entities';
import type { PlanItem, VersionedEntity } from '../../common/versioned-entity';
import { ImprovementAction, LearningReview } from '../../learning/learning.entities';
import { Organization } from '../../organization/organization.entity';
import { OutcomeMeasurement } from '../../outcomes/outcome-measurement.entity';
import { Plan, PlanOrganization } from '../../plan/plan.entity';
import { QualityCheck } from '../../quality/quality-check.entity';
import {
  ResultIndicator,
  SocietalResult,
  SocietalResultAnalysis,
} from '../../societal-results/societal-results.entities';
import {
  Analysis,
  AnalysisIndicator,
  AnalysisSignal,
  Indicator,
  Measurement,
  ReflectionAnswer,
  Signal,
} from '../../youth-situation/youth-situation.entities';
import type { PlanSnapshot } from '../plan-snapshot';

// Rows for insight tests: valid defaults, override what the test is about. Rows that point at
// another row need its id; everything belongs to PLAN_ID.

export const PLAN_ID = '00000000-0000-4000-8000-000000000000';
const CREATED_AT = new Date('2025-01-01T00:00:00Z');

let lastId = 0;
/** A fresh UUID; ids only need to be unique within a test run. */
export function nextId(): string {
  lastId += 1;
  return `00000000-0000-4000-8000-${lastId.toString(16).padStart(12, '0')}`;
}

type Fields<T, Base> = Omit<T, keyof Base>;

const rowBase = () => ({ id: nextId(), version: 1, createdAt: CREATED_AT, updatedAt: CREATED_AT });

function versioned<T extends VersionedEntity>(
  Type: new () => T,
  defaults: Fields<T, VersionedEntity>,
  overrides: Partial<T>,
): T {
  return Object.assign(new Type(), rowBase(), defaults, overrides);
}

function planItem<T extends PlanItem>(
  Type: new () => T,
  defaults: Fields<T, PlanItem>,
  overrides: Partial<T>,
): T {
  return Object.assign(new Type(), rowBase(), { planId: PLAN_ID }, defaults, overrides);
}

/** Start and end of a CBS period code, so period rows stay consistent. */
function periodDates(period: string): { periodStart: string; periodEnd: string } {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`Not a CBS period: ${period}`);
  return { periodStart: parsed.start, periodEnd: parsed.end };
}

export const aPlan = (overrides: Partial<Plan> = {}): Plan =>
  versioned(
    Plan,
    {
      title: 'Ontwikkelagenda Noorderveen',
      region: 'Regio Noorderveen',
      description: '',
      periodStartYear: 2022,
      periodEndYear: 2026,
      status: PlanStatus.DRAFT,
    },
    { id: PLAN_ID, ...overrides },
  );

export const anOrganization = (overrides: Partial<Organization> = {}): Organization =>
  versioned(
    Organization,
    { kind: OrganizationKind.GEMEENTE, name: 'Gemeente Noorderveen', code: 'GM1999' },
    overrides,
  );

export const anIndicator = (overrides: Partial<Indicator> = {}): Indicator =>
  planItem(
    Indicator,
    {
      name: 'Jongeren met jeugdhulp',
      unit: '%',
      source: '',
      description: '',
      betterDirection: BetterDirection.LOWER,
    },
    overrides,
  );

/** Defaults to a yearly figure for GM1999 in 2024; pass `period` to get matching dates. */
export const aMeasurement = (
  overrides: Partial<Measurement> & Pick<Measurement, 'indicatorId'>,
): Measurement =>
  planItem(
    Measurement,
    {
      indicatorId: overrides.indicatorId,
      areaCode: 'GM1999',
      period: overrides.period ?? '2024JJ00',
      ...periodDates(overrides.period ?? '2024JJ00'),
      value: 10,
      source: '',
      measuredOn: null,
    },
    overrides,
  );

export const aSignal = (overrides: Partial<Signal> = {}): Signal =>
  planItem(
    Signal,
    {
      title: 'Meer angstklachten in de brugklas',
      description: '',
      raisedBy: 'mentor',
      organizationId: null,
      observedOn: null,
    },
    overrides,
  );

export const anAnalysis = (overrides: Partial<Analysis> = {}): Analysis =>
  planItem(Analysis, { theme: 'Mentaal welzijn', summary: '' }, overrides);

export const anAnalysisIndicator = (analysisId: string, indicatorId: string): AnalysisIndicator =>
  Object.assign(new AnalysisIndicator(), { planId: PLAN_ID, analysisId, indicatorId });

export const anAnalysisSignal = (analysisId: string, signalId: string): AnalysisSignal =>
  Object.assign(new AnalysisSignal(), { planId: PLAN_ID, analysisId, signalId });

/** An answer to an analysis or a learning review: pass analysisId or learningReviewId. */
export const aReflectionAnswer = (
  overrides: Partial<ReflectionAnswer> & Pick<ReflectionAnswer, 'organizationId'>,
): ReflectionAnswer =>
  planItem(
    ReflectionAnswer,
    {
      analysisId: null,
      learningReviewId: null,
      organizationId: overrides.organizationId,
      question: ReflectionQuestion.RECOGNISE,
      answer: 'Ja, dat herkennen we.',
    },
    overrides,
  );

/** All four questions answered by each organisation, for one analysis or learning review. */
export function allAnswers(
  subject: Pick<ReflectionAnswer, 'analysisId'> | Pick<ReflectionAnswer, 'learningReviewId'>,
  organizationIds: readonly string[],
): ReflectionAnswer[] {
  return organizationIds.flatMap((organizationId) =>
    Object.values(ReflectionQuestion).map((question) =>
      aReflectionAnswer({ ...subject, organizationId, question }),
    ),
  );
}

export const aSocietalResult = (overrides: Partial<SocietalResult> = {}): SocietalResult =>
  planItem(
    SocietalResult,
    { statement: 'Jongeren voelen zich mentaal gezond', description: '' },
    overrides,
  );

export const aSocietalResultAnalysis = (
  societalResultId: string,
  analysisId: string,
): SocietalResultAnalysis =>
  Object.assign(new SocietalResultAnalysis(), { planId: PLAN_ID, societalResultId, analysisId });

/** Defaults to a DECREASE from 20 in 2020 to 10 in 2030: the path expects 16 in 2024. */
export const aResultIndicator = (
  overrides: Partial<ResultIndicator> & Pick<ResultIndicator, 'societalResultId' | 'indicatorId'>,
): ResultIndicator =>
  planItem(
    ResultIndicator,
    {
      societalResultId: overrides.societalResultId,
      indicatorId: overrides.indicatorId,
      baselineValue: 20,
      baselineYear: 2020,
      targetValue: 10,
      targetYear: 2030,
      targetKind: TargetKind.AMBITION,
      direction: TargetDirection.DECREASE,
    },
    overrides,
  );

export const anActivity = (overrides: Partial<Activity> = {}): Activity =>
  planItem(
    Activity,
    {
      name: 'Jeugdhulp op school',
      description: '',
      kind: ActivityKind.PREVENTIVE,
      targetGroup: 'leerlingen vo',
      executorOrganizationId: null,
      evidenceLevel: EvidenceLevel.WELL_FOUNDED,
    },
    overrides,
  );

export const aLiteratureReference = (
  overrides: Partial<LiteratureReference> & Pick<LiteratureReference, 'activityId'>,
): LiteratureReference =>
  planItem(
    LiteratureReference,
    { activityId: overrides.activityId, citation: 'NJi (2023). Wat werkt bij angst.', url: null },
    overrides,
  );

export const aContribution = (
  overrides: Partial<Contribution> & Pick<Contribution, 'activityId' | 'societalResultId'>,
): Contribution =>
  planItem(
    Contribution,
    {
      activityId: overrides.activityId,
      societalResultId: overrides.societalResultId,
      rationale: '',
    },
    overrides,
  );

export const anAssessment = (
  overrides: Partial<ActivityAssessment> & Pick<ActivityAssessment, 'activityId'>,
): ActivityAssessment =>
  planItem(
    ActivityAssessment,
    {
      activityId: overrides.activityId,
      criterion: EffectivenessCriterion.GOAL_ORIENTED,
      rating: AssessmentRating.MEETS,
      explanation: '',
    },
    overrides,
  );

/** All seven criteria of one activity, rated MEETS. */
export const allAssessments = (activityId: string): ActivityAssessment[] =>
  Object.values(EffectivenessCriterion).map((criterion) => anAssessment({ activityId, criterion }));

export const aChecklistItem = (
  overrides: Partial<InterventionChecklistItem> & Pick<InterventionChecklistItem, 'activityId'>,
): InterventionChecklistItem =>
  planItem(
    InterventionChecklistItem,
    {
      activityId: overrides.activityId,
      point: ChecklistPoint.TARGET_GROUP,
      status: ChecklistStatus.CLEAR,
      explanation: '',
    },
    overrides,
  );

/** All seven checklist points of one activity; the first `unclear` of them UNCLEAR. */
export const fullChecklist = (activityId: string, unclear = 0): InterventionChecklistItem[] =>
  Object.values(ChecklistPoint).map((point, index) =>
    aChecklistItem({
      activityId,
      point,
      status: index < unclear ? ChecklistStatus.UNCLEAR : ChecklistStatus.CLEAR,
    }),
  );

export const aQualityCheck = (
  overrides: Partial<QualityCheck> & Pick<QualityCheck, 'activityId'>,
): QualityCheck =>
  planItem(
    QualityCheck,
    {
      activityId: overrides.activityId,
      requirement: QualityRequirement.LEGAL_QUALITY_REQUIREMENTS,
      perspective: QualityPerspective.PROVIDER,
      status: QualityStatus.MET,
      evidence: '',
    },
    overrides,
  );

/** Defaults to the year 2024; pass `period` to get matching dates. */
export const anOutcomeMeasurement = (
  overrides: Partial<OutcomeMeasurement> & Pick<OutcomeMeasurement, 'activityId'>,
): OutcomeMeasurement =>
  planItem(
    OutcomeMeasurement,
    {
      activityId: overrides.activityId,
      period: overrides.period ?? '2024JJ00',
      ...periodDates(overrides.period ?? '2024JJ00'),
      goalRealisationPct: 70,
      plannedTerminationPct: null,
      clientSatisfactionPct: null,
      respondents: null,
      note: '',
    },
    overrides,
  );

export const aLearningReview = (overrides: Partial<LearningReview> = {}): LearningReview =>
  planItem(
    LearningReview,
    { title: 'Evaluatie voorjaar', heldOn: '2025-03-15', summary: '', decisions: '' },
    overrides,
  );

export const anImprovementAction = (
  overrides: Partial<ImprovementAction> = {},
): ImprovementAction =>
  planItem(
    ImprovementAction,
    {
      learningReviewId: null,
      societalResultId: null,
      activityId: null,
      title: 'Mentoren trainen in signaleren',
      description: '',
      ownerOrganizationId: null,
      ownerName: '',
      dueDate: null,
      status: ImprovementActionStatus.PLANNED,
    },
    overrides,
  );

/**
 * A snapshot of the given rows; every other list is empty. `participants` follow
 * `organizations` unless given.
 */
export function aSnapshot(rows: Partial<PlanSnapshot> = {}): PlanSnapshot {
  const organizations = rows.organizations ?? [];
  const participants = organizations.map((organization) =>
    Object.assign(new PlanOrganization(), {
      planId: PLAN_ID,
      organizationId: organization.id,
      createdAt: CREATED_AT,
    }),
  );
  return {
    plan: aPlan(),
    participants,
    organizations,
    indicators: [],
    measurements: [],
    signals: [],
    analyses: [],
    analysisIndicators: [],
    analysisSignals: [],
    reflectionAnswers: [],
    societalResults: [],
    societalResultAnalyses: [],
    resultIndicators: [],
    activities: [],
    literatureReferences: [],
    contributions: [],
    activityAssessments: [],
    checklistItems: [],
    qualityChecks: [],
    outcomeMeasurements: [],
    learningReviews: [],
    improvementActions: [],
    ...rows,
  };
}
