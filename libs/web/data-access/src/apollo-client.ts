import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One client for the whole app; the api is on the same origin, so the session cookie travels along. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
