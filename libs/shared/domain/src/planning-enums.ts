// The vocabulary of the ontwikkelagenda (DESIGN.md, domain table). Values are the stable
// codes the api, the database and the web share; the web shows them through i18n keys.

const values = <T extends string>(...items: T[]) =>
  Object.freeze(Object.fromEntries(items.map((item) => [item, item])) as { [K in T]: K });

/** The six NJi bouwstenen, in order. */
export const Stage = values(
  'YOUTH_SITUATION',
  'SOCIETAL_RESULTS',
  'ACTIVITIES',
  'QUALITY',
  'OUTCOMES',
  'LEARNING',
);
export type Stage = keyof typeof Stage;
export const STAGES_IN_ORDER: readonly Stage[] = Object.values(Stage);

/** concept → in OOGO → vastgesteld */
export const PlanStatus = values('DRAFT', 'IN_CONSULTATION', 'ADOPTED');
export type PlanStatus = keyof typeof PlanStatus;

/** Which way an indicator is better. */
export const BetterDirection = values('HIGHER', 'LOWER');
export type BetterDirection = keyof typeof BetterDirection;

/** The change a result indicator aims for. */
export const TargetDirection = values('INCREASE', 'DECREASE');
export type TargetDirection = keyof typeof TargetDirection;

/** norm (a level to reach) or streven (an ambition). */
export const TargetKind = values('NORM', 'AMBITION');
export type TargetKind = keyof typeof TargetKind;

/**
 * The four questions of the joint analysis (bouwsteen 1) and of leren en verbeteren
 * (bouwsteen 6): herkennen wij het beeld? kunnen we het verklaren? wat vinden we ervan?
 * willen we dit verbeteren?
 */
export const ReflectionQuestion = values('RECOGNISE', 'EXPLAIN', 'JUDGE', 'IMPROVE');
export type ReflectionQuestion = keyof typeof ReflectionQuestion;

/** preventief, curatief, toegang */
export const ActivityKind = values('PREVENTIVE', 'CURATIVE', 'ACCESS');
export type ActivityKind = keyof typeof ActivityKind;

/**
 * The criteria of effectiveness of bouwsteen 3: doelgericht, lokaal passend, samenhangend,
 * lerend, onderbouwd, duurzaam, professionals toegerust.
 */
export const EffectivenessCriterion = values(
  'GOAL_ORIENTED',
  'LOCALLY_FITTING',
  'COHERENT',
  'LEARNING',
  'EVIDENCE_BASED',
  'SUSTAINABLE',
  'PROFESSIONALS_EQUIPPED',
);
export type EffectivenessCriterion = keyof typeof EffectivenessCriterion;

export const AssessmentRating = values('MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'UNKNOWN');
export type AssessmentRating = keyof typeof AssessmentRating;

/**
 * The seven points of the NPO checklist for interventions: doelgroep, doelen, aanpak,
 * uitvoerders, kwaliteitsbewaking, randvoorwaarden, kosten.
 */
export const ChecklistPoint = values(
  'TARGET_GROUP',
  'GOALS',
  'APPROACH',
  'EXECUTORS',
  'QUALITY_ASSURANCE',
  'PRECONDITIONS',
  'COSTS',
);
export type ChecklistPoint = keyof typeof ChecklistPoint;

export const ChecklistStatus = values('CLEAR', 'UNCLEAR', 'NOT_APPLICABLE');
export type ChecklistStatus = keyof typeof ChecklistStatus;

/** "Wanneer drie of vier punten uit de checklist niet helder zijn …": doubt about effectiveness. */
export const DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS = 3;

/**
 * Recognition in the databank Effectieve Jeugdinterventies: none, goed onderbouwd, effectief
 * with eerste / goede / sterke aanwijzingen.
 */
export const EvidenceLevel = values(
  'NONE',
  'WELL_FOUNDED',
  'EFFECTIVE_FIRST_INDICATIONS',
  'EFFECTIVE_GOOD_INDICATIONS',
  'EFFECTIVE_STRONG_INDICATIONS',
);
export type EvidenceLevel = keyof typeof EvidenceLevel;

/**
 * Quality requirements of bouwsteen 4: wettelijke kwaliteitseisen, norm van verantwoorde
 * werktoedeling, meldcode kindermishandeling en huiselijk geweld, richtlijnen jeugdhulp en
 * jeugdbescherming, erkenning in de databank.
 */
export const QualityRequirement = values(
  'LEGAL_QUALITY_REQUIREMENTS',
  'RESPONSIBLE_TASK_ALLOCATION',
  'REPORTING_CODE',
  'YOUTH_CARE_GUIDELINES',
  'RECOGNISED_INTERVENTION',
);
export type QualityRequirement = keyof typeof QualityRequirement;

export const QualityStatus = values('MET', 'PARTLY_MET', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE');
export type QualityStatus = keyof typeof QualityStatus;

/** Quality arises between ontvanger, aanbieder and financier. */
export const QualityPerspective = values('RECIPIENT', 'PROVIDER', 'FUNDER');
export type QualityPerspective = keyof typeof QualityPerspective;

export const ImprovementActionStatus = values('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');
export type ImprovementActionStatus = keyof typeof ImprovementActionStatus;

/** Where the chain from youth situation to outcome breaks. */
export const GapKind = values(
  'RESULT_WITHOUT_ACTIVITY',
  'ACTIVITY_WITHOUT_RESULT',
  'ACTIVITY_WITHOUT_RECENT_OUTCOME',
  'RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT',
  'RESULT_INDICATOR_OFF_TRACK',
  'CHECKLIST_DOUBTFUL_EFFECTIVENESS',
  'ACTIVITY_WITHOUT_EVIDENCE',
);
export type GapKind = keyof typeof GapKind;

/** A person's role in one plan (DESIGN.md, Access). */
export const PlanRole = values('COORDINATOR', 'EDITOR', 'CONTRIBUTOR', 'VIEWER');
export type PlanRole = keyof typeof PlanRole;

/** The bouwsteen each kind of plan item belongs to (by GraphQL type name). */
export const STAGE_OF_ITEM: Readonly<Record<string, Stage>> = Object.freeze({
  Indicator: 'YOUTH_SITUATION',
  Measurement: 'YOUTH_SITUATION',
  Signal: 'YOUTH_SITUATION',
  Analysis: 'YOUTH_SITUATION',
  ReflectionAnswer: 'YOUTH_SITUATION',
  SocietalResult: 'SOCIETAL_RESULTS',
  ResultIndicator: 'SOCIETAL_RESULTS',
  Activity: 'ACTIVITIES',
  LiteratureReference: 'ACTIVITIES',
  Contribution: 'ACTIVITIES',
  ActivityAssessment: 'ACTIVITIES',
  InterventionChecklistItem: 'ACTIVITIES',
  QualityCheck: 'QUALITY',
  OutcomeMeasurement: 'OUTCOMES',
  LearningReview: 'LEARNING',
  ImprovementAction: 'LEARNING',
});
