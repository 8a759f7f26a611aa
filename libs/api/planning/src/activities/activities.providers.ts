import { itemMutations, planItemAccess } from '../common/item-mutations';
import { InterventionChecklistResolver } from './intervention-checklist';
import { belongsTo, sharedRow, hasMany, manyThrough, relationsResolver } from '../common/relations';
import { ImprovementAction } from '../learning/learning.entities';
import { Organization } from '../organization/organization.entity';
import { OutcomeMeasurement } from '../outcomes/outcome-measurement.entity';
import { QualityCheck } from '../quality/quality-check.entity';
import { SocietalResult } from '../societal-results/societal-results.entities';
import {
  Activity,
  ActivityAssessment,
  Contribution,
  InterventionChecklistItem,
  LiteratureReference,
} from './activities.entities';
import {
  CreateActivityAssessmentInput,
  CreateActivityInput,
  CreateContributionInput,
  CreateInterventionChecklistItemInput,
  CreateLiteratureReferenceInput,
  UpdateActivityAssessmentInput,
  UpdateActivityInput,
  UpdateContributionInput,
  UpdateInterventionChecklistItemInput,
  UpdateLiteratureReferenceInput,
} from './activities.inputs';

// Bouwsteen 3: gekozen activiteiten, and from each activity onwards along the chain.
export const activitiesProviders = [
  InterventionChecklistResolver,
  ...itemMutations(
    { entity: Activity, name: 'Activity' },
    CreateActivityInput,
    UpdateActivityInput,
    planItemAccess(Activity, 'executorOrganizationId'),
  ),
  ...itemMutations(
    { entity: LiteratureReference, name: 'LiteratureReference' },
    CreateLiteratureReferenceInput,
    UpdateLiteratureReferenceInput,
  ),
  ...itemMutations(
    { entity: Contribution, name: 'Contribution' },
    CreateContributionInput,
    UpdateContributionInput,
  ),
  ...itemMutations(
    { entity: ActivityAssessment, name: 'ActivityAssessment' },
    CreateActivityAssessmentInput,
    UpdateActivityAssessmentInput,
  ),
  ...itemMutations(
    { entity: InterventionChecklistItem, name: 'InterventionChecklistItem' },
    CreateInterventionChecklistItemInput,
    UpdateInterventionChecklistItemInput,
  ),
  relationsResolver(() => Activity, {
    executor: sharedRow(() => Organization, 'executorOrganizationId'),
    contributions: hasMany(() => Contribution, 'activityId'),
    societalResults: manyThrough(
      () => SocietalResult,
      () => Contribution,
      'activityId',
      'societalResultId',
    ),
    assessments: hasMany(() => ActivityAssessment, 'activityId', {
      description: 'The seven criteria of effectiveness.',
    }),
    checklistItems: hasMany(() => InterventionChecklistItem, 'activityId', {
      description: 'The seven checklist points.',
    }),
    literatureReferences: hasMany(() => LiteratureReference, 'activityId'),
    qualityChecks: hasMany(() => QualityCheck, 'activityId'),
    outcomeMeasurements: hasMany(() => OutcomeMeasurement, 'activityId', {
      description: 'Oldest period first.',
    }),
    improvementActions: hasMany(() => ImprovementAction, 'activityId'),
  }),
  relationsResolver(() => Contribution, {
    activity: belongsTo(() => Activity, 'activityId'),
    societalResult: belongsTo(() => SocietalResult, 'societalResultId'),
  }),
];
