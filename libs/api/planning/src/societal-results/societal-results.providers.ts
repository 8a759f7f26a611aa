import { Contribution, Activity } from '../activities/activities.entities';
import { itemMutations } from '../common/item-mutations';
import { belongsTo, hasMany, manyThrough, relationsResolver } from '../common/relations';
import { ImprovementAction } from '../learning/learning.entities';
import { Analysis, Indicator, Measurement } from '../youth-situation/youth-situation.entities';
import {
  ResultIndicator,
  SocietalResult,
  SocietalResultAnalysis,
} from './societal-results.entities';
import {
  CreateResultIndicatorInput,
  CreateSocietalResultInput,
  UpdateResultIndicatorInput,
  UpdateSocietalResultInput,
} from './societal-results.inputs';

// Bouwsteen 2: maatschappelijke resultaten, and the chain through them in both directions.
export const societalResultsProviders = [
  ...itemMutations(
    {
      entity: SocietalResult,
      name: 'SocietalResult',
      linkSets: [
        {
          field: 'analysisIds',
          entity: SocietalResultAnalysis,
          ownerKey: 'societalResultId',
          targetKey: 'analysisId',
        },
      ],
    },
    CreateSocietalResultInput,
    UpdateSocietalResultInput,
  ),
  ...itemMutations(
    { entity: ResultIndicator, name: 'ResultIndicator' },
    CreateResultIndicatorInput,
    UpdateResultIndicatorInput,
  ),
  relationsResolver(() => SocietalResult, {
    resultIndicators: hasMany(() => ResultIndicator, 'societalResultId', {
      description: 'effectindicatoren',
    }),
    analyses: manyThrough(
      () => Analysis,
      () => SocietalResultAnalysis,
      'societalResultId',
      'analysisId',
    ),
    contributions: hasMany(() => Contribution, 'societalResultId', {
      description: 'How each activity contributes.',
    }),
    activities: manyThrough(
      () => Activity,
      () => Contribution,
      'societalResultId',
      'activityId',
    ),
    improvementActions: hasMany(() => ImprovementAction, 'societalResultId'),
  }),
  relationsResolver(() => ResultIndicator, {
    societalResult: belongsTo(() => SocietalResult, 'societalResultId'),
    indicator: belongsTo(() => Indicator, 'indicatorId'),
    measurements: hasMany(() => Measurement, 'indicatorId', {
      description: 'The indicator’s measurement series, oldest first.',
      via: 'indicatorId',
    }),
  }),
];
