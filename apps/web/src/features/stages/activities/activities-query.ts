import { graphql, type ActivitiesStageQuery } from '@oogo/web-data-access';

/** An activity's own fields: what the page shows and the activity form edits. */
export const ActivityFields = graphql(`
  fragment ActivityFields on Activity {
    id
    version
    name
    description
    kind
    targetGroup
    executorOrganizationId
    evidenceLevel
    executor {
      id
      name
    }
  }
`);

export const ActivitiesStageQueryDocument = graphql(`
  query ActivitiesStage($id: ID!) {
    plan(id: $id) {
      id
      societalResults {
        id
        statement
      }
      gaps {
        ...GapFields
      }
      activities {
        ...ActivityFields
        contributions {
          id
          version
          rationale
          societalResultId
          societalResult {
            id
            statement
          }
        }
        assessments {
          id
          version
          criterion
          rating
          explanation
        }
        checklist {
          unclearCount
          doubtfulEffectiveness
          items {
            id
            version
            point
            status
            explanation
          }
        }
        literatureReferences {
          id
          version
          citation
          url
        }
      }
    }
  }
`);

export type ActivityRow = ActivitiesStageQuery['plan']['activities'][number];
export type ResultOption = ActivitiesStageQuery['plan']['societalResults'][number];

/** Every change on this page refetches it: checklist doubt and gaps are the server's sums. */
export const REFETCH_ACTIVITIES = { refetchQueries: ['ActivitiesStage'] };
