import { Activity, Contribution } from '../activities/activities.entities';
import { Access } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { itemMutations } from '../common/item-mutations';
import { makeCreatorAdmin, makeCreatorCoordinator } from './plan-creation';
import { hasMany, manyThrough, relationsResolver } from '../common/relations';
import { ImprovementAction, LearningReview } from '../learning/learning.entities';
import { Organization } from '../organization/organization.entity';
import {
  CreateOrganizationInput,
  UpdateOrganizationInput,
} from '../organization/organization.inputs';
import { OutcomeMeasurement } from '../outcomes/outcome-measurement.entity';
import { QualityCheck } from '../quality/quality-check.entity';
import { ResultIndicator, SocietalResult } from '../societal-results/societal-results.entities';
import {
  Analysis,
  Indicator,
  Measurement,
  Signal,
} from '../youth-situation/youth-situation.entities';
import { Plan, PlanOrganization } from './plan.entity';
import { CreatePlanInput, UpdatePlanInput } from './plan.inputs';
import { PlanResolver } from './plan.resolver';

export const planProviders = [
  PlanResolver,
  ...itemMutations(
    {
      entity: Plan,
      name: 'Plan',
      linkSets: [
        {
          field: 'participantIds',
          entity: PlanOrganization,
          ownerKey: 'planId',
          targetKey: 'organizationId',
        },
      ],
      createOnlyFields: ['organizationId'],
      afterCreate: makeCreatorCoordinator,
    },
    CreatePlanInput,
    UpdatePlanInput,
    {
      create: Access.signedIn(),
      change: Access.planRole(PlanRole.COORDINATOR, { planIdAt: 'input.id' }),
    },
  ),
  ...itemMutations(
    {
      entity: Organization,
      name: 'Organization',
      sharedByPlans: true,
      afterCreate: makeCreatorAdmin,
    },
    CreateOrganizationInput,
    UpdateOrganizationInput,
    { create: Access.signedIn(), change: Access.organizationAdmin('input.id') },
  ),
  // Every collection of the plan, flat, so a client can cache items by id and follow links.
  relationsResolver(() => Plan, {
    participants: manyThrough(
      () => Organization,
      () => PlanOrganization,
      'planId',
      'organizationId',
      true,
    ),
    indicators: hasMany(() => Indicator, 'planId'),
    measurements: hasMany(() => Measurement, 'planId'),
    signals: hasMany(() => Signal, 'planId'),
    analyses: hasMany(() => Analysis, 'planId'),
    societalResults: hasMany(() => SocietalResult, 'planId'),
    resultIndicators: hasMany(() => ResultIndicator, 'planId'),
    activities: hasMany(() => Activity, 'planId'),
    contributions: hasMany(() => Contribution, 'planId'),
    qualityChecks: hasMany(() => QualityCheck, 'planId'),
    outcomeMeasurements: hasMany(() => OutcomeMeasurement, 'planId'),
    learningReviews: hasMany(() => LearningReview, 'planId'),
    improvementActions: hasMany(() => ImprovementAction, 'planId'),
  }),
];
