import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { useEffect, useRef, useState } from 'react';

const PlanEventsSubscription = graphql(`
  subscription PlanEvents($planId: ID!, $afterSequence: Int) {
    planEvents(planId: $planId, afterSequence: $afterSequence) {
      planId
      sequence
      kind
      entity
      entityId
      action
      changedFields
      item
      actor {
        userId
        displayName
        organizationName
      }
    }
  }
`);

type JsonItem = { __typename?: string; id?: string } & Record<string, unknown>;

/**
 * Writes the scalar fields of a changed item into the cached object, so every page that shows
 * it updates at once. An item that is not in the cache is left alone.
 */
export function mergeItemIntoCache(cache: ApolloCache, item: JsonItem): void {
  const id = cache.identify({ __typename: item.__typename, id: item.id });
  if (!id) return;
  cache.modify({
    id,
    fields: (value, { fieldName }) => {
      const next = item[fieldName];
      // Lists and links come through their own items; only plain values are copied.
      if (next === undefined || (typeof next === 'object' && next !== null)) return value;
      return next;
    },
  });
}

/**
 * Keeps the open plan live: an edited item is patched in the cache right away; then, for every
 * change (also added or removed items, comments, approvals, status), the pages on screen fetch
 * again for what is computed from it, a moment later and once for a burst of events.
 */
export function usePlanLiveUpdates(planId: string, loadedAtSequence: number) {
  const client = useApolloClient();
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Fixed for the life of the page: after a dropped connection the server replays from here
  // (or says RESYNC), so nothing between loading the plan and now is missed.
  const [afterSequence] = useState(loadedAtSequence);

  useEffect(() => () => clearTimeout(refetchTimer.current), []);

  useSubscription(PlanEventsSubscription, {
    variables: { planId, afterSequence },
    onData: ({ data }) => {
      const event = data.data?.planEvents;
      if (!event) return;
      const item = event.item as JsonItem | null;
      // The edited item changes on screen at once; totals (kompas, gaps) follow with the refetch.
      if (event.kind === 'CHANGE' && event.action === 'UPDATE' && item) {
        mergeItemIntoCache(client.cache, item);
      }
      clearTimeout(refetchTimer.current);
      refetchTimer.current = setTimeout(() => {
        void client.refetchQueries({ include: 'active' });
      }, 250);
    },
  });
}
