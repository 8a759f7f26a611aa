import { graphql } from '@oogo/web-data-access';

/** The whole chain of one plan, in one request (the api reads each table once). */
export const TraceabilityQuery = graphql(`
  query Traceability($id: ID!) {
    plan(id: $id) {
      id
      participants {
        id
        name
      }
      indicators {
        id
        name
        unit
      }
      societalResults {
        id
        statement
      }
      resultIndicators {
        id
        societalResultId
        indicatorId
        baselineValue
        baselineYear
        targetValue
        targetYear
        targetKind
        direction
        progress {
          latestValue
          latestPeriod
          progressPct
          onTrack
        }
      }
      activities {
        id
        name
        kind
        executor {
          id
          name
        }
      }
      contributions {
        id
        activityId
        societalResultId
        rationale
      }
      qualityChecks {
        id
        activityId
        requirement
        perspective
        status
      }
      outcomeMeasurements {
        id
        activityId
        period
        periodEnd
        goalRealisationPct
        plannedTerminationPct
        clientSatisfactionPct
        respondents
      }
      gaps {
        kind
        itemId
        itemType
        period
      }
    }
  }
`);
