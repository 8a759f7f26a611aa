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
import { parsePeriod } from '@oogo/shared-domain';

// The Dutch words of the document (B1), the same the web app shows (apps/web/src/i18n/nl.ts).
// The api cannot import the web's texts, so the words a document needs are kept here.

export const STAGE_TITLE: Record<Stage, string> = {
  YOUTH_SITUATION: 'Staat van de jeugd',
  SOCIETAL_RESULTS: 'Maatschappelijke resultaten',
  ACTIVITIES: 'Activiteiten',
  QUALITY: 'Kwaliteit',
  OUTCOMES: 'Outcome',
  LEARNING: 'Leren en verbeteren',
};

export const STAGE_INTRO: Record<Stage, string> = {
  YOUTH_SITUATION:
    'Hoe gaat het met de jeugd in de regio? Cijfers, signalen en de gezamenlijke analyse.',
  SOCIETAL_RESULTS:
    'Wat willen we samen bereiken? Resultaten met een effectindicator en een streefwaarde.',
  ACTIVITIES:
    'Wat gaan we doen? Activiteiten en voorzieningen, en hoe ze bijdragen aan de resultaten.',
  QUALITY: 'Is de uitvoering goed genoeg? De kwaliteitseisen per activiteit.',
  OUTCOMES: 'Werkt het? Doelrealisatie, uitval en tevredenheid per activiteit.',
  LEARNING: 'Wat leren we ervan? Evaluaties en verbeteracties.',
};

export const PLAN_STATUS: Record<PlanStatus, string> = {
  DRAFT: 'Concept',
  IN_CONSULTATION: 'In OOGO-overleg',
  ADOPTED: 'Vastgesteld',
};

export const ORGANIZATION_KINDS: Record<OrganizationKind, string> = {
  GEMEENTE: 'Gemeenten',
  SCHOOLBESTUUR: 'Schoolbesturen',
  PARTNER: 'Partners',
};

export const ORGANIZATION_KIND: Record<OrganizationKind, string> = {
  GEMEENTE: 'Gemeente',
  SCHOOLBESTUUR: 'Schoolbestuur',
  PARTNER: 'Partner',
};

export const BETTER_DIRECTION: Record<BetterDirection, string> = {
  HIGHER: 'Hoger is beter',
  LOWER: 'Lager is beter',
};

export const REFLECTION_QUESTION: Record<ReflectionQuestion, string> = {
  RECOGNISE: 'Herkennen wij het beeld?',
  EXPLAIN: 'Kunnen we het verklaren?',
  JUDGE: 'Wat vinden we ervan?',
  IMPROVE: 'Willen we dit verbeteren?',
};

export const TARGET_KIND: Record<TargetKind, string> = { NORM: 'norm', AMBITION: 'streven' };

export const ACTIVITY_KIND: Record<ActivityKind, string> = {
  PREVENTIVE: 'Preventief',
  CURATIVE: 'Curatief (hulp en zorg)',
  ACCESS: 'Toegang',
};

export const EFFECTIVENESS_CRITERION: Record<EffectivenessCriterion, string> = {
  GOAL_ORIENTED: 'Doelgericht',
  LOCALLY_FITTING: 'Lokaal passend',
  COHERENT: 'Samenhangend',
  LEARNING: 'Lerend',
  EVIDENCE_BASED: 'Onderbouwd',
  SUSTAINABLE: 'Duurzaam',
  PROFESSIONALS_EQUIPPED: 'Professionals toegerust',
};

export const ASSESSMENT_RATING: Record<AssessmentRating, string> = {
  MEETS: 'Voldoet',
  PARTLY_MEETS: 'Voldoet deels',
  DOES_NOT_MEET: 'Voldoet niet',
  UNKNOWN: 'Nog onbekend',
};

export const CHECKLIST_POINT: Record<ChecklistPoint, string> = {
  TARGET_GROUP: 'Doelgroep',
  GOALS: 'Doelen',
  APPROACH: 'Aanpak',
  EXECUTORS: 'Uitvoerders',
  QUALITY_ASSURANCE: 'Kwaliteitsbewaking',
  PRECONDITIONS: 'Randvoorwaarden',
  COSTS: 'Kosten',
};

export const CHECKLIST_STATUS: Record<ChecklistStatus, string> = {
  CLEAR: 'Helder',
  UNCLEAR: 'Niet helder',
  NOT_APPLICABLE: 'Niet van toepassing',
};

export const EVIDENCE_LEVEL: Record<EvidenceLevel, string> = {
  NONE: 'Niet erkend in de databank',
  WELL_FOUNDED: 'Goed onderbouwd',
  EFFECTIVE_FIRST_INDICATIONS: 'Effectief volgens eerste aanwijzingen',
  EFFECTIVE_GOOD_INDICATIONS: 'Effectief volgens goede aanwijzingen',
  EFFECTIVE_STRONG_INDICATIONS: 'Effectief volgens sterke aanwijzingen',
};

export const QUALITY_REQUIREMENT: Record<QualityRequirement, string> = {
  LEGAL_QUALITY_REQUIREMENTS: 'Wettelijke kwaliteitseisen voor professionals',
  RESPONSIBLE_TASK_ALLOCATION: 'Norm van verantwoorde werktoedeling',
  REPORTING_CODE: 'Meldcode kindermishandeling en huiselijk geweld',
  YOUTH_CARE_GUIDELINES: 'Richtlijnen jeugdhulp en jeugdbescherming',
  RECOGNISED_INTERVENTION: 'Erkenning in de databank Effectieve Jeugdinterventies',
};

export const QUALITY_STATUS: Record<QualityStatus, string> = {
  MET: 'Voldaan',
  PARTLY_MET: 'Deels voldaan',
  NOT_MET: 'Niet voldaan',
  UNKNOWN: 'Nog onbekend',
  NOT_APPLICABLE: 'Niet van toepassing',
};

export const QUALITY_PERSPECTIVE: Record<QualityPerspective, string> = {
  RECIPIENT: 'Ontvanger',
  PROVIDER: 'Aanbieder',
  FUNDER: 'Financier',
};

export const IMPROVEMENT_ACTION_STATUS: Record<ImprovementActionStatus, string> = {
  PLANNED: 'Gepland',
  IN_PROGRESS: 'Bezig',
  DONE: 'Klaar',
  CANCELLED: 'Gestopt',
};

/** Where a gemeente or schoolbestuur stands; AGREE/OBJECT are the decisions a version keeps. */
export const DECISION: Record<string, string> = {
  AGREE: 'Akkoord',
  AGREED: 'Akkoord',
  OBJECT: 'Bezwaar',
  OBJECTED: 'Bezwaar',
  STALE: 'Akkoord op oudere tekst',
  WAITING: 'Nog geen besluit',
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

/** YYYY-MM-DD of a moment in Dutch time, for file names. */
export function isoDay(value: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(value);
}
