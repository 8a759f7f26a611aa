import { useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
    }
  }
`);

/** The signed-in person (null when signed out); cached for the whole app. */
export function useViewer() {
  return useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
}
