import { parsePeriod } from '@oogo/shared-domain';
import { itemMutations, planItemAccess } from '../common/item-mutations';
import { belongsTo, sharedRow, hasMany, manyThrough, relationsResolver } from '../common/relations';
import { Organization } from '../organization/organization.entity';
import {
  SocietalResult,
  SocietalResultAnalysis,
} from '../societal-results/societal-results.entities';
import {
  Analysis,
  AnalysisIndicator,
  AnalysisSignal,
  Indicator,
  Measurement,
  ReflectionAnswer,
  Signal,
} from './youth-situation.entities';
import {
  CreateAnalysisInput,
  CreateIndicatorInput,
  CreateMeasurementInput,
  CreateReflectionAnswerInput,
  CreateSignalInput,
  UpdateAnalysisInput,
  UpdateIndicatorInput,
  UpdateMeasurementInput,
  UpdateReflectionAnswerInput,
  UpdateSignalInput,
} from './youth-situation.inputs';

/** A period is stored as its CBS code plus its first and last day, for ordering and gaps. */
export function periodColumns(fields: Record<string, unknown>): Record<string, unknown> {
  if (typeof fields['period'] !== 'string') return {};
  const period = parsePeriod(fields['period']);
  return period ? { period: period.code, periodStart: period.start, periodEnd: period.end } : {};
}

// Bouwsteen 1: staat van de jeugd.
export const youthSituationProviders = [
  ...itemMutations(
    { entity: Indicator, name: 'Indicator' },
    CreateIndicatorInput,
    UpdateIndicatorInput,
  ),
  ...itemMutations(
    { entity: Measurement, name: 'Measurement', toColumns: periodColumns },
    CreateMeasurementInput,
    UpdateMeasurementInput,
  ),
  ...itemMutations(
    { entity: Signal, name: 'Signal' },
    CreateSignalInput,
    UpdateSignalInput,
    planItemAccess(Signal, 'organizationId'),
  ),
  ...itemMutations(
    {
      entity: Analysis,
      name: 'Analysis',
      linkSets: [
        {
          field: 'indicatorIds',
          entity: AnalysisIndicator,
          ownerKey: 'analysisId',
          targetKey: 'indicatorId',
        },
        {
          field: 'signalIds',
          entity: AnalysisSignal,
          ownerKey: 'analysisId',
          targetKey: 'signalId',
        },
      ],
    },
    CreateAnalysisInput,
    UpdateAnalysisInput,
  ),
  ...itemMutations(
    { entity: ReflectionAnswer, name: 'ReflectionAnswer' },
    CreateReflectionAnswerInput,
    UpdateReflectionAnswerInput,
    planItemAccess(ReflectionAnswer, 'organizationId'),
  ),
  relationsResolver(() => Indicator, {
    measurements: hasMany(() => Measurement, 'indicatorId', {
      description: 'Oldest period first.',
    }),
  }),
  relationsResolver(() => Measurement, { indicator: belongsTo(() => Indicator, 'indicatorId') }),
  relationsResolver(() => Signal, {
    organization: sharedRow(() => Organization, 'organizationId'),
  }),
  relationsResolver(() => Analysis, {
    indicators: manyThrough(
      () => Indicator,
      () => AnalysisIndicator,
      'analysisId',
      'indicatorId',
    ),
    signals: manyThrough(
      () => Signal,
      () => AnalysisSignal,
      'analysisId',
      'signalId',
    ),
    answers: hasMany(() => ReflectionAnswer, 'analysisId', {
      description: 'Each party’s answers to the four questions.',
    }),
    societalResults: manyThrough(
      () => SocietalResult,
      () => SocietalResultAnalysis,
      'analysisId',
      'societalResultId',
    ),
  }),
  relationsResolver(() => ReflectionAnswer, {
    organization: sharedRow(() => Organization, 'organizationId', false),
  }),
];
