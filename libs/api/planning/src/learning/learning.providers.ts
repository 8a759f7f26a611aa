import { Activity } from '../activities/activities.entities';
import { itemMutations, planItemAccess } from '../common/item-mutations';
import { belongsTo, sharedRow, hasMany, relationsResolver } from '../common/relations';
import { Organization } from '../organization/organization.entity';
import { SocietalResult } from '../societal-results/societal-results.entities';
import { ReflectionAnswer } from '../youth-situation/youth-situation.entities';
import { ImprovementAction, LearningReview } from './learning.entities';
import {
  CreateImprovementActionInput,
  CreateLearningReviewInput,
  UpdateImprovementActionInput,
  UpdateLearningReviewInput,
} from './learning.inputs';

// Bouwsteen 6: leren en verbeteren.
export const learningProviders = [
  ...itemMutations(
    { entity: LearningReview, name: 'LearningReview' },
    CreateLearningReviewInput,
    UpdateLearningReviewInput,
  ),
  ...itemMutations(
    { entity: ImprovementAction, name: 'ImprovementAction' },
    CreateImprovementActionInput,
    UpdateImprovementActionInput,
    planItemAccess(ImprovementAction, 'ownerOrganizationId'),
  ),
  relationsResolver(() => LearningReview, {
    answers: hasMany(() => ReflectionAnswer, 'learningReviewId', {
      description: 'Each party’s answers to the four questions.',
    }),
    improvementActions: hasMany(() => ImprovementAction, 'learningReviewId'),
  }),
  relationsResolver(() => ImprovementAction, {
    learningReview: belongsTo(() => LearningReview, 'learningReviewId', true),
    societalResult: belongsTo(() => SocietalResult, 'societalResultId', true),
    activity: belongsTo(() => Activity, 'activityId', true),
    owner: sharedRow(() => Organization, 'ownerOrganizationId'),
  }),
];
