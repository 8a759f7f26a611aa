import type { ImprovementActionStatus } from '@oogo/shared-domain';

export interface ActionLike {
  status: ImprovementActionStatus;
  /** YYYY-MM-DD */
  dueDate?: string | null;
  title: string;
}

const OPEN: readonly ImprovementActionStatus[] = ['IN_PROGRESS', 'PLANNED'];
const STATUS_ORDER: readonly ImprovementActionStatus[] = [
  'IN_PROGRESS',
  'PLANNED',
  'DONE',
  'CANCELLED',
];

/** Still open, and its date has passed. */
export function isOverdue(action: ActionLike, today: string): boolean {
  return !!action.dueDate && action.dueDate < today && OPEN.includes(action.status);
}

/**
 * What needs attention first: actions in progress, then planned ones, then done and stopped;
 * within each, the earliest date first (no date last), then by title.
 */
export function sortActions<A extends ActionLike>(actions: readonly A[]): A[] {
  return [...actions].sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.title.localeCompare(b.title),
  );
}
