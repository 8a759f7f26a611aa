/**
 * The whole plan in one request, as the web's plan page asks for it: every bouwsteen, item
 * and link, plus the chain both ways. Used by the statement-count test and the benchmark.
 */
export const PLAN_GRAPH_QUERY = /* GraphQL */ `
  query PlanGraph($id: ID!) {
    plan(id: $id) {
      id
      title
      region
      status
      periodStartYear
      periodEndYear
      version
      participants {
        id
        kind
        name
        code
      }
      indicators {
        id
        name
        unit
        source
        betterDirection
        version
        measurements {
          id
          areaCode
          period
          value
        }
      }
      signals {
        id
        title
        raisedBy
        organization {
          id
          name
        }
      }
      analyses {
        id
        theme
        summary
        version
        indicators {
          id
        }
        signals {
          id
        }
        societalResults {
          id
        }
        answers {
          id
          question
          answer
          organization {
            id
            name
          }
        }
      }
      societalResults {
        id
        statement
        version
        analyses {
          id
        }
        resultIndicators {
          id
          baselineValue
          baselineYear
          targetValue
          targetYear
          targetKind
          direction
          version
          indicator {
            id
            name
          }
        }
        contributions {
          id
          rationale
          activity {
            id
            name
          }
        }
      }
      activities {
        id
        name
        kind
        targetGroup
        evidenceLevel
        version
        executor {
          id
          name
        }
        societalResults {
          id
        }
        assessments {
          id
          criterion
          rating
          explanation
        }
        checklistItems {
          id
          point
          status
        }
        literatureReferences {
          id
          citation
          url
        }
        qualityChecks {
          id
          requirement
          perspective
          status
        }
        outcomeMeasurements {
          id
          period
          goalRealisationPct
          plannedTerminationPct
          clientSatisfactionPct
        }
      }
      learningReviews {
        id
        title
        heldOn
        decisions
        answers {
          id
          question
          organization {
            id
          }
        }
        improvementActions {
          id
          title
          status
          dueDate
          owner {
            id
            name
          }
          societalResult {
            id
          }
          activity {
            id
          }
        }
      }
    }
  }
`;
