import { registerEnumType } from '@nestjs/graphql';
import * as vocabulary from '@oogo/shared-domain';

// The shared vocabulary as GraphQL enums, under the names the glossary uses.
const ENUM_NAMES = [
  'ActivityKind',
  'AssessmentRating',
  'BetterDirection',
  'ChecklistPoint',
  'ChecklistStatus',
  'EffectivenessCriterion',
  'EvidenceLevel',
  'GapKind',
  'ImprovementActionStatus',
  'OrganizationKind',
  'PlanRole',
  'PlanStatus',
  'QualityPerspective',
  'QualityRequirement',
  'QualityStatus',
  'ReflectionQuestion',
  'Stage',
  'TargetDirection',
  'TargetKind',
] as const satisfies readonly (keyof typeof vocabulary)[];

for (const name of ENUM_NAMES) {
  registerEnumType(vocabulary[name], { name });
}
