import { registerEnumType } from '@nestjs/graphql';
import {
  ActivityKind,
  AssessmentRating,
  BetterDirection,
  ChecklistPoint,
  ChecklistStatus,
  EffectivenessCriterion,
  EvidenceLevel,
  GapKind,
  ImprovementActionStatus,
  OrganizationKind,
  PlanStatus,
  QualityPerspective,
  QualityRequirement,
  QualityStatus,
  ReflectionQuestion,
  Stage,
  TargetDirection,
  TargetKind,
} from '@oogo/shared-domain';

// The shared vocabulary as GraphQL enums, under the names the glossary uses.
const enums = {
  ActivityKind,
  AssessmentRating,
  BetterDirection,
  ChecklistPoint,
  ChecklistStatus,
  EffectivenessCriterion,
  EvidenceLevel,
  GapKind,
  ImprovementActionStatus,
  OrganizationKind,
  PlanStatus,
  QualityPerspective,
  QualityRequirement,
  QualityStatus,
  ReflectionQuestion,
  Stage,
  TargetDirection,
  TargetKind,
};

for (const [name, values] of Object.entries(enums)) {
  registerEnumType(values, { name });
}
