import { fieldChanges, labelOf } from '@oogo/api-core';
import { Stage, STAGE_OF_ITEM, STAGES_IN_ORDER } from '@oogo/shared-domain';
import { groupBy } from '../common/collections';
import type { PlanSnapshot as PlanRowsOfOnePlan } from '../insight/plan-snapshot';
import type { Approval, ComparedItem, StageComparison } from './workflow.models';

// An adopted version of a plan as JSON: every item, per bouwsteen and type, with the link sets
// folded into their owners under the field names the api uses (`indicatorIds`, …), so a
// version reads like the plan did and two versions compare field by field.

export type FrozenItem = Record<string, unknown> & { id: string };

export interface FrozenApproval {
  organizationId: string;
  organizationName: string;
  decision: string;
  givenByName: string | null;
  givenAt: string;
}

export interface FrozenStage {
  stage: Stage;
  items: Record<string, FrozenItem[]>;
}

export interface FrozenPlan {
  /** The shape of this JSON, for readers of older versions. */
  format: 1;
  plan: Record<string, unknown>;
  participants: { id: string; kind: string; name: string; code: string | null }[];
  /** The six bouwstenen in order (an array: jsonb keeps no key order), items per GraphQL type. */
  stages: FrozenStage[];
  /** The agreement this version was adopted on. */
  approvals: FrozenApproval[];
}

/** An approval as a version keeps it. */
export function frozenApprovalOf(approval: Approval): FrozenApproval {
  return {
    organizationId: approval.organization.id,
    organizationName: approval.organization.name,
    decision: approval.decision,
    givenByName: approval.givenByName,
    givenAt: new Date(approval.givenAt).toISOString(),
  };
}

type LinkTable = 'analysisIndicators' | 'analysisSignals' | 'societalResultAnalyses';
type ItemTable = Exclude<
  keyof PlanRowsOfOnePlan,
  'plan' | 'participants' | 'organizations' | LinkTable
>;

/**
 * The GraphQL type of each table of items. Typed over every table the plan has, so a new
 * table does not compile until someone decides whether it is part of the plan text.
 */
const ITEM_TYPES = {
  indicators: 'Indicator',
  measurements: 'Measurement',
  signals: 'Signal',
  analyses: 'Analysis',
  reflectionAnswers: 'ReflectionAnswer',
  societalResults: 'SocietalResult',
  resultIndicators: 'ResultIndicator',
  activities: 'Activity',
  literatureReferences: 'LiteratureReference',
  contributions: 'Contribution',
  activityAssessments: 'ActivityAssessment',
  checklistItems: 'InterventionChecklistItem',
  qualityChecks: 'QualityCheck',
  outcomeMeasurements: 'OutcomeMeasurement',
  learningReviews: 'LearningReview',
  improvementActions: 'ImprovementAction',
} as const satisfies Record<ItemTable, string>;

/** Link rows, folded into their owning item as a sorted list of ids. */
const LINK_SETS: Record<
  LinkTable,
  { owner: string; ownerKey: string; targetKey: string; field: string }
> = {
  analysisIndicators: {
    owner: 'Analysis',
    ownerKey: 'analysisId',
    targetKey: 'indicatorId',
    field: 'indicatorIds',
  },
  analysisSignals: {
    owner: 'Analysis',
    ownerKey: 'analysisId',
    targetKey: 'signalId',
    field: 'signalIds',
  },
  societalResultAnalyses: {
    owner: 'SocietalResult',
    ownerKey: 'societalResultId',
    targetKey: 'analysisId',
    field: 'analysisIds',
  },
};

// What the plan itself says; status, version and timestamps are not its text.
const PLAN_FIELDS = ['id', 'title', 'region', 'description', 'periodStartYear', 'periodEndYear'];

/** Every row of the plan as one JSON value (dates as ISO text, as it comes back from jsonb). */
export function freezePlan(rows: PlanRowsOfOnePlan, approvals: FrozenApproval[] = []): FrozenPlan {
  const plan = rows.plan as unknown as Record<string, unknown>;
  const stages = Object.fromEntries(
    STAGES_IN_ORDER.map((stage) => [stage, {} as Record<string, FrozenItem[]>]),
  ) as Record<Stage, Record<string, FrozenItem[]>>;
  for (const [table, type] of Object.entries(ITEM_TYPES)) {
    stages[STAGE_OF_ITEM[type] as Stage][type] = (
      rows[table as ItemTable] as unknown as FrozenItem[]
    ).map((row) => ({ ...row }));
  }
  for (const [table, link] of Object.entries(LINK_SETS)) {
    const targets = groupBy(
      rows[table as LinkTable] as unknown as Record<string, string>[],
      (row) => row[link.ownerKey] as string,
    );
    for (const owner of stages[STAGE_OF_ITEM[link.owner] as Stage][link.owner] ?? []) {
      owner[link.field] = (targets.get(owner.id) ?? []).map((row) => row[link.targetKey]).sort();
    }
  }
  const frozen: FrozenPlan = {
    format: 1,
    plan: {
      ...Object.fromEntries(PLAN_FIELDS.map((field) => [field, plan[field]])),
      participantIds: rows.participants.map((link) => link.organizationId).sort(),
    },
    participants: rows.organizations.map(({ id, kind, name, code }) => ({ id, kind, name, code })),
    stages: STAGES_IN_ORDER.map((stage) => ({ stage, items: stages[stage] })),
    approvals,
  };
  return JSON.parse(JSON.stringify(frozen)) as FrozenPlan;
}

/** The items of one bouwsteen of a version, by type and id. */
function itemsOf(plan: FrozenPlan, stage: Stage): Map<string, { type: string; item: FrozenItem }> {
  const found = new Map<string, { type: string; item: FrozenItem }>();
  const byType = plan.stages.find((frozen) => frozen.stage === stage)?.items ?? {};
  for (const [type, items] of Object.entries(byType)) {
    for (const item of items) found.set(`${type}:${item.id}`, { type, item });
  }
  return found;
}

const compared = (type: string, item: FrozenItem, changedFields: string[] = []): ComparedItem => ({
  itemType: type,
  itemId: item.id,
  label: labelOf(item),
  changedFields,
});

/** What was added, changed and removed per bouwsteen going from one version to another. */
export function compareFrozenPlans(
  from: FrozenPlan,
  to: FrozenPlan,
): { planChangedFields: string[]; stages: StageComparison[] } {
  const stages = STAGES_IN_ORDER.map((stage): StageComparison => {
    const before = itemsOf(from, stage);
    const after = itemsOf(to, stage);
    const comparison: StageComparison = { stage, added: [], changed: [], removed: [] };
    for (const [key, { type, item }] of after) {
      const old = before.get(key);
      if (!old) {
        comparison.added.push(compared(type, item));
        continue;
      }
      const changedFields = Object.keys(fieldChanges(old.item, item));
      if (changedFields.length) comparison.changed.push(compared(type, item, changedFields));
    }
    for (const [key, { type, item }] of before) {
      if (!after.has(key)) comparison.removed.push(compared(type, item));
    }
    return comparison;
  });
  return { planChangedFields: Object.keys(fieldChanges(from.plan, to.plan)), stages };
}
