import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

export interface ApolloClientOptions {
  uri?: string;
  /** ws(s):// address of the same endpoint; derived from the page's origin when left out. */
  webSocketUrl?: string;
}

function webSocketUrlOf(uri: string): string {
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * One client for the whole app. Queries and mutations go over HTTP, subscriptions over one
 * WebSocket; the api is on the same origin, so the session cookie travels along with both.
 */
export function createApolloClient({ uri = '/graphql', webSocketUrl }: ApolloClientOptions = {}) {
  const http = new HttpLink({ uri, credentials: 'same-origin' });
  const webSocket = new GraphQLWsLink(
    createClient({
      url: webSocketUrl ?? webSocketUrlOf(uri),
      lazy: true,
      // A laptop that sleeps or a flaky venue Wi-Fi: keep trying, the events are replayed.
      retryAttempts: Infinity,
      shouldRetry: () => true,
    }),
  );
  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    webSocket,
    http,
  );
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        // Lists on a plan are replaced whole by a refetch; no merging of stale entries.
        Plan: { merge: true },
      },
    }),
  });
}
