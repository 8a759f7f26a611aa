import { QualityPerspective, QualityRequirement, type QualityStatus } from '@oogo/shared-domain';

export interface CheckLike {
  requirement: QualityRequirement;
  perspective: QualityPerspective;
  status: QualityStatus;
}

export const REQUIREMENTS = Object.values(QualityRequirement);
const PERSPECTIVES = Object.values(QualityPerspective);

/** In the order of the bouwsteen: by requirement, then ontvanger, aanbieder, financier. */
export function sortChecks<C extends CheckLike>(checks: readonly C[]): C[] {
  const rank = (check: C) =>
    REQUIREMENTS.indexOf(check.requirement) * PERSPECTIVES.length +
    PERSPECTIVES.indexOf(check.perspective);
  return [...checks].sort((a, b) => rank(a) - rank(b));
}

/** One row of the overview: the activity's checks per requirement (empty: not checked yet). */
export function qualityRow<C extends CheckLike>(
  checks: readonly C[],
): { requirement: QualityRequirement; checks: C[] }[] {
  const sorted = sortChecks(checks);
  return REQUIREMENTS.map((requirement) => ({
    requirement,
    checks: sorted.filter((check) => check.requirement === requirement),
  }));
}
