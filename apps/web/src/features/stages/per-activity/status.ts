import type { AssessmentRating, ChecklistStatus, QualityStatus } from '@oogo/shared-domain';

/** How good a status is, shown as a symbol and a colour next to the words (never colour alone). */
export type StatusTone = 'ok' | 'partial' | 'bad' | 'unknown' | 'none';

export type StatusValue = AssessmentRating | ChecklistStatus | QualityStatus;

/** One scale for the three kinds of status on the activity pages. */
const TONE: Readonly<Record<StatusValue, StatusTone>> = {
  MEETS: 'ok',
  CLEAR: 'ok',
  MET: 'ok',
  PARTLY_MEETS: 'partial',
  PARTLY_MET: 'partial',
  DOES_NOT_MEET: 'bad',
  UNCLEAR: 'bad',
  NOT_MET: 'bad',
  UNKNOWN: 'unknown',
  NOT_APPLICABLE: 'none',
};

/** The symbol screen readers skip (the words say it); sighted users scan for it. */
export const TONE_SYMBOL: Readonly<Record<StatusTone, string>> = {
  ok: '✓',
  partial: '◐',
  bad: '✕',
  unknown: '?',
  none: '–',
};

export function toneOf(status: StatusValue): StatusTone {
  return TONE[status];
}

/** How often each status occurs, in the order given (statuses that do not occur left out). */
export function countStatuses<S extends StatusValue>(
  order: readonly S[],
  statuses: readonly S[],
): { status: S; count: number }[] {
  return order
    .map((status) => ({ status, count: statuses.filter((value) => value === status).length }))
    .filter(({ count }) => count > 0);
}
