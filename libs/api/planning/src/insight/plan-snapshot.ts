import type {
  Activity,
  ActivityAssessment,
  Contribution,
  InterventionChecklistItem,
  LiteratureReference,
} from '../activities/activities.entities';
import type { ImprovementAction, LearningReview } from '../learning/learning.entities';
import type { Organization } from '../organization/organization.entity';
import type { OutcomeMeasurement } from '../outcomes/outcome-measurement.entity';
import type { Plan, PlanOrganization } from '../plan/plan.entity';
import type { QualityCheck } from '../quality/quality-check.entity';
import type {
  ResultIndicator,
  SocietalResult,
  SocietalResultAnalysis,
} from '../societal-results/societal-results.entities';
import type {
  Analysis,
  AnalysisIndicator,
  AnalysisSignal,
  Indicator,
  Measurement,
  ReflectionAnswer,
  Signal,
} from '../youth-situation/youth-situation.entities';

/** Every row of one plan, as loaded for one request; the input of gaps, completeness, progress. */
export interface PlanSnapshot {
  plan: Plan;
  participants: PlanOrganization[];
  /** The participating organisations. */
  organizations: Organization[];
  indicators: Indicator[];
  measurements: Measurement[];
  signals: Signal[];
  analyses: Analysis[];
  analysisIndicators: AnalysisIndicator[];
  analysisSignals: AnalysisSignal[];
  reflectionAnswers: ReflectionAnswer[];
  societalResults: SocietalResult[];
  societalResultAnalyses: SocietalResultAnalysis[];
  resultIndicators: ResultIndicator[];
  activities: Activity[];
  literatureReferences: LiteratureReference[];
  contributions: Contribution[];
  activityAssessments: ActivityAssessment[];
  checklistItems: InterventionChecklistItem[];
  qualityChecks: QualityCheck[];
  outcomeMeasurements: OutcomeMeasurement[];
  learningReviews: LearningReview[];
  improvementActions: ImprovementAction[];
}
