import type {
  ActivityKind,
  AssessmentRating,
  BetterDirection,
  ChecklistPoint,
  ChecklistStatus,
  EffectivenessCriterion,
  EvidenceLevel,
  ImprovementActionStatus,
  OrganizationKind,
  PlanStatus,
  QualityPerspective,
  QualityRequirement,
  QualityStatus,
  ReflectionQuestion,
  Stage,
  TargetKind,
} from '@oogo/shared-domain';
import { parsePeriod, VOCABULARY_NL } from '@oogo/shared-domain';

// The Dutch words of the document (B1): the codes' words are the web app's (VOCABULARY_NL).

const words = VOCABULARY_NL;

export const STAGE_TITLE: Record<Stage, string> = words.stage;
export const STAGE_INTRO: Record<Stage, string> = words.stageIntro;
export const PLAN_STATUS: Record<PlanStatus, string> = words.planStatus;
export const ORGANIZATION_KIND: Record<OrganizationKind, string> = words.organizationKind;
export const BETTER_DIRECTION: Record<BetterDirection, string> = words.betterDirection;
export const REFLECTION_QUESTION: Record<ReflectionQuestion, string> = words.reflectionQuestion;
export const ACTIVITY_KIND: Record<ActivityKind, string> = words.activityKind;
export const EFFECTIVENESS_CRITERION: Record<EffectivenessCriterion, string> =
  words.effectivenessCriterion;
export const ASSESSMENT_RATING: Record<AssessmentRating, string> = words.assessmentRating;
export const CHECKLIST_POINT: Record<ChecklistPoint, string> = words.checklistPoint;
export const CHECKLIST_STATUS: Record<ChecklistStatus, string> = words.checklistStatus;
export const EVIDENCE_LEVEL: Record<EvidenceLevel, string> = words.evidenceLevel;
export const QUALITY_REQUIREMENT: Record<QualityRequirement, string> = words.qualityRequirement;
export const QUALITY_STATUS: Record<QualityStatus, string> = words.qualityStatus;
export const QUALITY_PERSPECTIVE: Record<QualityPerspective, string> = words.qualityPerspective;
export const IMPROVEMENT_ACTION_STATUS: Record<ImprovementActionStatus, string> =
  words.improvementActionStatus;

// Only the document needs these: the web says "Gemeenten" etc. in its own sentences.
export const ORGANIZATION_KINDS: Record<OrganizationKind, string> = {
  GEMEENTE: 'Gemeenten',
  SCHOOLBESTUUR: 'Schoolbesturen',
  PARTNER: 'Partners',
};

export const TARGET_KIND: Record<TargetKind, string> = { NORM: 'norm', AMBITION: 'streven' };

/** Where a gemeente or schoolbestuur stands; AGREE/OBJECT are the decisions a version keeps. */
export const DECISION: Record<string, string> = {
  ...words.consultationState,
  AGREE: words.consultationState.AGREED,
  OBJECT: words.consultationState.OBJECTED,
};

export const NOTHING_RECORDED = 'Nog niets vastgelegd.';

const TIME_ZONE = 'Europe/Amsterdam';
const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const monthFormat = new Intl.DateTimeFormat('nl-NL', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 1234.5 → "1.234,5" (at most two decimals, as Dutch readers write numbers). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A value with its unit: "14,5%", "2,1 per 1.000 leerplichtigen". */
export function formatValue(value: number, unit: string): string {
  const number = formatNumber(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A percentage that may be missing: "82%" or "onbekend". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? 'onbekend' : `${formatNumber(value)}%`;
}

/** "12 maart 2026"; a date-only text (YYYY-MM-DD) is that day, whatever the time zone. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return dateFormat.format(new Date(`${value}T12:00:00Z`));
  }
  return dateFormat.format(new Date(value));
}

/** "2023", "2023 kwartaal 1", "maart 2023" for a CBS period code. */
export function formatPeriod(code: string): string {
  const period = parsePeriod(code);
  if (!period) return code;
  if (period.kind === 'YEAR') return String(period.year);
  if (period.kind === 'QUARTER') return `${period.year} kwartaal ${code.slice(-1)}`;
  return monthFormat.format(new Date(`${period.start}T00:00:00Z`));
}
