import type { Stage } from '@oogo/shared-domain';
import { STAGE_SLUG, stageOfSlug } from '../../ui/stages';

/** The feed's filters, as the address keeps them: ?bouwsteen=activiteiten&organisatie=<id>. */
export interface FeedFilters {
  stage: Stage | null;
  organizationId: string | null;
}

export const FEED_PARAMS = { stage: 'bouwsteen', organization: 'organisatie' } as const;

/**
 * The filters in the address; an unknown bouwsteen or an organisation that does not take part
 * in the plan (an old or edited link) is left out rather than showing nothing.
 */
export function feedFiltersOf(
  params: URLSearchParams,
  organizationIds: readonly string[],
): FeedFilters {
  const stage = stageOfSlug(params.get(FEED_PARAMS.stage) ?? undefined) ?? null;
  const organizationId = params.get(FEED_PARAMS.organization);
  return {
    stage,
    organizationId:
      organizationId && organizationIds.includes(organizationId) ? organizationId : null,
  };
}

/** The address's search part for these filters; none at all without filters. */
export function feedSearchParams(filters: FeedFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.stage) params.set(FEED_PARAMS.stage, STAGE_SLUG[filters.stage]);
  if (filters.organizationId) params.set(FEED_PARAMS.organization, filters.organizationId);
  return params;
}

export const hasFilters = (filters: FeedFilters) => !!(filters.stage || filters.organizationId);
