import { STAGES_IN_ORDER, type Stage } from '@oogo/shared-domain';

// An adopted version of a plan arrives as JSON (`PlanSnapshot.graph`, format 1 of the api's
// frozen-plan.ts). This reads it defensively into what the version page shows: no field is
// trusted to be there, so an older or newer format shows what it can instead of breaking.

export interface VersionItem {
  id: string;
  /** Its name, title or statement; null for items without one (a measurement, a score…). */
  label: string | null;
}

export interface VersionItemGroup {
  /** The GraphQL type, e.g. Activity. */
  type: string;
  items: VersionItem[];
  /** Whether the items have names worth listing, or only a count says something. */
  named: boolean;
}

export interface VersionStage {
  stage: Stage;
  groups: VersionItemGroup[];
  count: number;
}

export interface VersionApproval {
  organizationId: string;
  organizationName: string;
  decision: string;
  givenByName: string | null;
  givenAt: string | null;
}

export interface VersionOfPlan {
  title: string;
  region: string;
  description: string;
  periodStartYear: number | null;
  periodEndYear: number | null;
  participants: { id: string; name: string; kind: string }[];
  stages: VersionStage[];
  approvals: VersionApproval[];
}

// The fields that name an item in words, best first (the api's labelOf without the codes).
const NAME_FIELDS = ['title', 'name', 'statement', 'theme', 'citation'] as const;

// The order of the item types within each bouwsteen, as the stages pages show them.
const TYPE_ORDER = [
  'Indicator',
  'Measurement',
  'Signal',
  'Analysis',
  'ReflectionAnswer',
  'SocietalResult',
  'ResultIndicator',
  'Activity',
  'Contribution',
  'LiteratureReference',
  'ActivityAssessment',
  'InterventionChecklistItem',
  'QualityCheck',
  'OutcomeMeasurement',
  'LearningReview',
  'ImprovementAction',
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** What a person calls the item, or null. */
export function nameOfItem(item: Record<string, unknown>): string | null {
  for (const field of NAME_FIELDS) {
    const value = item[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function typeRank(type: string): number {
  const rank = TYPE_ORDER.indexOf(type);
  return rank === -1 ? TYPE_ORDER.length : rank;
}

function groupsOf(items: unknown): VersionItemGroup[] {
  if (!isRecord(items)) return [];
  return Object.entries(items)
    .map(([type, rows]): VersionItemGroup => {
      const list = (Array.isArray(rows) ? rows : []).filter(isRecord).map((row) => ({
        id: text(row['id']),
        label: nameOfItem(row),
      }));
      return { type, items: list, named: list.some((item) => item.label !== null) };
    })
    .filter((group) => group.items.length > 0)
    .sort((a, b) => typeRank(a.type) - typeRank(b.type) || a.type.localeCompare(b.type));
}

/** The version as the page shows it: the plan's own fields, the six bouwstenen, the approvals. */
export function readVersion(graph: unknown): VersionOfPlan {
  const root = isRecord(graph) ? graph : {};
  const plan = isRecord(root['plan']) ? root['plan'] : {};
  const frozenStages = Array.isArray(root['stages']) ? root['stages'].filter(isRecord) : [];
  const stages = STAGES_IN_ORDER.map((stage): VersionStage => {
    const groups = groupsOf(frozenStages.find((frozen) => frozen['stage'] === stage)?.['items']);
    return { stage, groups, count: groups.reduce((sum, group) => sum + group.items.length, 0) };
  });
  const participants = (Array.isArray(root['participants']) ? root['participants'] : [])
    .filter(isRecord)
    .map((organization) => ({
      id: text(organization['id']),
      name: text(organization['name']),
      kind: text(organization['kind']),
    }));
  const approvals = (Array.isArray(root['approvals']) ? root['approvals'] : [])
    .filter(isRecord)
    .map((approval): VersionApproval => ({
      organizationId: text(approval['organizationId']),
      organizationName: text(approval['organizationName']),
      decision: text(approval['decision']),
      givenByName: text(approval['givenByName']) || null,
      givenAt: text(approval['givenAt']) || null,
    }));
  return {
    title: text(plan['title']),
    region: text(plan['region']),
    description: text(plan['description']),
    periodStartYear: numberOrNull(plan['periodStartYear']),
    periodEndYear: numberOrNull(plan['periodEndYear']),
    participants,
    stages,
    approvals,
  };
}

interface ComparedStageLike {
  added: readonly unknown[];
  changed: readonly unknown[];
  removed: readonly unknown[];
}

/** How many items differ in a bouwsteen of a comparison. */
export function differenceCount(stage: ComparedStageLike): number {
  return stage.added.length + stage.changed.length + stage.removed.length;
}
