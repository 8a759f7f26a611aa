import type { GapKind, Stage } from '@oogo/shared-domain';

/** What the api says about one place where the chain breaks (Plan.gaps). */
export interface GapInfo {
  kind: GapKind;
  stage: Stage;
  itemId: string;
  period?: string | null;
}

/** The gaps of one bouwsteen per item, so each item can say where it falls short. */
export function gapsByItem<G extends GapInfo>(
  gaps: readonly G[],
  stage: Stage,
  except: readonly GapKind[] = [],
): Map<string, G[]> {
  const byItem = new Map<string, G[]>();
  for (const gap of gaps) {
    if (gap.stage !== stage || except.includes(gap.kind)) continue;
    byItem.set(gap.itemId, [...(byItem.get(gap.itemId) ?? []), gap]);
  }
  return byItem;
}
