/** The addresses of the workflow pages of a plan. */
export const workflowPath = (planId: string) => `/plannen/${planId}/akkoord`;

export const versionPath = (planId: string, snapshotId: string) =>
  `${workflowPath(planId)}/versies/${snapshotId}`;

/** Comparing `from` with `to`; `to` null compares with the plan as it is now. */
export function comparePath(planId: string, from: string, to: string | null): string {
  const params = new URLSearchParams({ van: from, naar: to ?? CURRENT_VERSION });
  return `${workflowPath(planId)}/vergelijken?${params.toString()}`;
}

/** "naar=nu": the plan as it is now, in the address and in the form. */
export const CURRENT_VERSION = 'nu';

/** The two versions in a compare address; `to` null for the plan as it is now. */
export function comparedVersions(params: URLSearchParams): {
  from: string | null;
  to: string | null;
} {
  const from = params.get('van') || null;
  const to = params.get('naar');
  return { from, to: !to || to === CURRENT_VERSION ? null : to };
}
