/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query ConnectionStatus {\n    health {\n      status\n      database\n    }\n  }\n": typeof types.ConnectionStatusDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      singleSignOn\n      singleSignOnUrl\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  subscription PlanEvents($planId: ID!, $afterSequence: Int) {\n    planEvents(planId: $planId, afterSequence: $afterSequence) {\n      planId\n      sequence\n      kind\n      entity\n      entityId\n      action\n      changedFields\n      item\n      actor {\n        userId\n        displayName\n        organizationName\n      }\n    }\n  }\n": typeof types.PlanEventsDocument,
    "\n  subscription PlanPresence($planId: ID!) {\n    planPresence(planId: $planId) {\n      planId\n      clientId\n      people {\n        clientId\n        userId\n        displayName\n        organizationName\n        stage\n        itemId\n        field\n      }\n    }\n  }\n": typeof types.PlanPresenceDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input)\n  }\n": typeof types.UpdatePresenceDocument,
    "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n": typeof types.KompasDocument,
    "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PlanHeaderDocument,
    "\n  query MyPlans {\n    plans {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MyPlansDocument,
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    name\n    description\n    kind\n    targetGroup\n    executorOrganizationId\n    evidenceLevel\n    executor {\n      id\n      name\n    }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query ActivitiesStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        statement\n      }\n      gaps {\n        ...GapFields\n      }\n      activities {\n        ...ActivityFields\n        contributions {\n          id\n          version\n          rationale\n          societalResultId\n          societalResult {\n            id\n            statement\n          }\n        }\n        assessments {\n          id\n          version\n          criterion\n          rating\n          explanation\n        }\n        checklist {\n          unclearCount\n          doubtfulEffectiveness\n          items {\n            id\n            version\n            point\n            status\n            explanation\n          }\n        }\n        literatureReferences {\n          id\n          version\n          citation\n          url\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesStageDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($input: ItemVersionInput!) {\n    deleteActivity(input: $input)\n  }\n": typeof types.DeleteActivityDocument,
    "\n  mutation CreateActivityAssessment($input: CreateActivityAssessmentInput!) {\n    createActivityAssessment(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateActivityAssessmentDocument,
    "\n  mutation UpdateActivityAssessment($input: UpdateActivityAssessmentInput!) {\n    updateActivityAssessment(input: $input) {\n      id\n      version\n      rating\n      explanation\n    }\n  }\n": typeof types.UpdateActivityAssessmentDocument,
    "\n  mutation CreateInterventionChecklistItem($input: CreateInterventionChecklistItemInput!) {\n    createInterventionChecklistItem(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateInterventionChecklistItemDocument,
    "\n  mutation UpdateInterventionChecklistItem($input: UpdateInterventionChecklistItemInput!) {\n    updateInterventionChecklistItem(input: $input) {\n      id\n      version\n      status\n      explanation\n    }\n  }\n": typeof types.UpdateInterventionChecklistItemDocument,
    "\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateContributionDocument,
    "\n  mutation UpdateContribution($input: UpdateContributionInput!) {\n    updateContribution(input: $input) {\n      id\n      version\n      rationale\n      societalResultId\n      societalResult {\n        id\n        statement\n      }\n    }\n  }\n": typeof types.UpdateContributionDocument,
    "\n  mutation DeleteContribution($input: ItemVersionInput!) {\n    deleteContribution(input: $input)\n  }\n": typeof types.DeleteContributionDocument,
    "\n  mutation CreateLiteratureReference($input: CreateLiteratureReferenceInput!) {\n    createLiteratureReference(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateLiteratureReferenceDocument,
    "\n  mutation UpdateLiteratureReference($input: UpdateLiteratureReferenceInput!) {\n    updateLiteratureReference(input: $input) {\n      id\n      version\n      citation\n      url\n    }\n  }\n": typeof types.UpdateLiteratureReferenceDocument,
    "\n  mutation DeleteLiteratureReference($input: ItemVersionInput!) {\n    deleteLiteratureReference(input: $input)\n  }\n": typeof types.DeleteLiteratureReferenceDocument,
    "\n  fragment OutcomeMeasurementFields on OutcomeMeasurement {\n    id\n    version\n    period\n    periodStart\n    periodEnd\n    goalRealisationPct\n    plannedTerminationPct\n    clientSatisfactionPct\n    respondents\n    note\n  }\n": typeof types.OutcomeMeasurementFieldsFragmentDoc,
    "\n  query OutcomesStage($id: ID!) {\n    plan(id: $id) {\n      id\n      gaps {\n        ...GapFields\n      }\n      activities {\n        ...ActivitySummaryFields\n        outcomeMeasurements {\n          ...OutcomeMeasurementFields\n        }\n      }\n    }\n  }\n": typeof types.OutcomesStageDocument,
    "\n  mutation CreateOutcomeMeasurement($input: CreateOutcomeMeasurementInput!) {\n    createOutcomeMeasurement(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateOutcomeMeasurementDocument,
    "\n  mutation UpdateOutcomeMeasurement($input: UpdateOutcomeMeasurementInput!) {\n    updateOutcomeMeasurement(input: $input) {\n      ...OutcomeMeasurementFields\n    }\n  }\n": typeof types.UpdateOutcomeMeasurementDocument,
    "\n  mutation DeleteOutcomeMeasurement($input: ItemVersionInput!) {\n    deleteOutcomeMeasurement(input: $input)\n  }\n": typeof types.DeleteOutcomeMeasurementDocument,
    "\n  fragment ActivitySummaryFields on Activity {\n    id\n    name\n    kind\n    executor {\n      id\n      name\n    }\n  }\n": typeof types.ActivitySummaryFieldsFragmentDoc,
    "\n  fragment GapFields on Gap {\n    kind\n    stage\n    itemId\n    period\n  }\n": typeof types.GapFieldsFragmentDoc,
    "\n  fragment QualityCheckFields on QualityCheck {\n    id\n    version\n    requirement\n    perspective\n    status\n    evidence\n  }\n": typeof types.QualityCheckFieldsFragmentDoc,
    "\n  query QualityStage($id: ID!) {\n    plan(id: $id) {\n      id\n      activities {\n        ...ActivitySummaryFields\n        qualityChecks {\n          ...QualityCheckFields\n        }\n      }\n    }\n  }\n": typeof types.QualityStageDocument,
    "\n  mutation CreateQualityCheck($input: CreateQualityCheckInput!) {\n    createQualityCheck(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateQualityCheckDocument,
    "\n  mutation UpdateQualityCheck($input: UpdateQualityCheckInput!) {\n    updateQualityCheck(input: $input) {\n      ...QualityCheckFields\n    }\n  }\n": typeof types.UpdateQualityCheckDocument,
    "\n  mutation DeleteQualityCheck($input: ItemVersionInput!) {\n    deleteQualityCheck(input: $input)\n  }\n": typeof types.DeleteQualityCheckDocument,
    "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          id\n          version\n          baselineValue\n          baselineYear\n          targetValue\n          targetYear\n          targetKind\n          direction\n          indicator {\n            id\n            name\n            unit\n          }\n          progress {\n            latestValue\n            latestPeriod\n            expectedValue\n            progressPct\n            onTrack\n            areaCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.SocietalResultsStageDocument,
    "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": typeof types.CreateSocietalResultDocument,
    "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": typeof types.UpdateSocietalResultDocument,
    "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n": typeof types.DeleteSocietalResultDocument,
    "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      id\n      version\n      baselineValue\n      baselineYear\n      targetValue\n      targetYear\n      targetKind\n      direction\n      progress {\n        latestValue\n        latestPeriod\n        expectedValue\n        progressPct\n        onTrack\n        areaCount\n      }\n    }\n  }\n": typeof types.UpdateResultIndicatorDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query ConnectionStatus {\n    health {\n      status\n      database\n    }\n  }\n": types.ConnectionStatusDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      singleSignOn\n      singleSignOnUrl\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  subscription PlanEvents($planId: ID!, $afterSequence: Int) {\n    planEvents(planId: $planId, afterSequence: $afterSequence) {\n      planId\n      sequence\n      kind\n      entity\n      entityId\n      action\n      changedFields\n      item\n      actor {\n        userId\n        displayName\n        organizationName\n      }\n    }\n  }\n": types.PlanEventsDocument,
    "\n  subscription PlanPresence($planId: ID!) {\n    planPresence(planId: $planId) {\n      planId\n      clientId\n      people {\n        clientId\n        userId\n        displayName\n        organizationName\n        stage\n        itemId\n        field\n      }\n    }\n  }\n": types.PlanPresenceDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input)\n  }\n": types.UpdatePresenceDocument,
    "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n": types.KompasDocument,
    "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PlanHeaderDocument,
    "\n  query MyPlans {\n    plans {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MyPlansDocument,
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    name\n    description\n    kind\n    targetGroup\n    executorOrganizationId\n    evidenceLevel\n    executor {\n      id\n      name\n    }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query ActivitiesStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        statement\n      }\n      gaps {\n        ...GapFields\n      }\n      activities {\n        ...ActivityFields\n        contributions {\n          id\n          version\n          rationale\n          societalResultId\n          societalResult {\n            id\n            statement\n          }\n        }\n        assessments {\n          id\n          version\n          criterion\n          rating\n          explanation\n        }\n        checklist {\n          unclearCount\n          doubtfulEffectiveness\n          items {\n            id\n            version\n            point\n            status\n            explanation\n          }\n        }\n        literatureReferences {\n          id\n          version\n          citation\n          url\n        }\n      }\n    }\n  }\n": types.ActivitiesStageDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($input: ItemVersionInput!) {\n    deleteActivity(input: $input)\n  }\n": types.DeleteActivityDocument,
    "\n  mutation CreateActivityAssessment($input: CreateActivityAssessmentInput!) {\n    createActivityAssessment(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateActivityAssessmentDocument,
    "\n  mutation UpdateActivityAssessment($input: UpdateActivityAssessmentInput!) {\n    updateActivityAssessment(input: $input) {\n      id\n      version\n      rating\n      explanation\n    }\n  }\n": types.UpdateActivityAssessmentDocument,
    "\n  mutation CreateInterventionChecklistItem($input: CreateInterventionChecklistItemInput!) {\n    createInterventionChecklistItem(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateInterventionChecklistItemDocument,
    "\n  mutation UpdateInterventionChecklistItem($input: UpdateInterventionChecklistItemInput!) {\n    updateInterventionChecklistItem(input: $input) {\n      id\n      version\n      status\n      explanation\n    }\n  }\n": types.UpdateInterventionChecklistItemDocument,
    "\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateContributionDocument,
    "\n  mutation UpdateContribution($input: UpdateContributionInput!) {\n    updateContribution(input: $input) {\n      id\n      version\n      rationale\n      societalResultId\n      societalResult {\n        id\n        statement\n      }\n    }\n  }\n": types.UpdateContributionDocument,
    "\n  mutation DeleteContribution($input: ItemVersionInput!) {\n    deleteContribution(input: $input)\n  }\n": types.DeleteContributionDocument,
    "\n  mutation CreateLiteratureReference($input: CreateLiteratureReferenceInput!) {\n    createLiteratureReference(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateLiteratureReferenceDocument,
    "\n  mutation UpdateLiteratureReference($input: UpdateLiteratureReferenceInput!) {\n    updateLiteratureReference(input: $input) {\n      id\n      version\n      citation\n      url\n    }\n  }\n": types.UpdateLiteratureReferenceDocument,
    "\n  mutation DeleteLiteratureReference($input: ItemVersionInput!) {\n    deleteLiteratureReference(input: $input)\n  }\n": types.DeleteLiteratureReferenceDocument,
    "\n  fragment OutcomeMeasurementFields on OutcomeMeasurement {\n    id\n    version\n    period\n    periodStart\n    periodEnd\n    goalRealisationPct\n    plannedTerminationPct\n    clientSatisfactionPct\n    respondents\n    note\n  }\n": types.OutcomeMeasurementFieldsFragmentDoc,
    "\n  query OutcomesStage($id: ID!) {\n    plan(id: $id) {\n      id\n      gaps {\n        ...GapFields\n      }\n      activities {\n        ...ActivitySummaryFields\n        outcomeMeasurements {\n          ...OutcomeMeasurementFields\n        }\n      }\n    }\n  }\n": types.OutcomesStageDocument,
    "\n  mutation CreateOutcomeMeasurement($input: CreateOutcomeMeasurementInput!) {\n    createOutcomeMeasurement(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateOutcomeMeasurementDocument,
    "\n  mutation UpdateOutcomeMeasurement($input: UpdateOutcomeMeasurementInput!) {\n    updateOutcomeMeasurement(input: $input) {\n      ...OutcomeMeasurementFields\n    }\n  }\n": types.UpdateOutcomeMeasurementDocument,
    "\n  mutation DeleteOutcomeMeasurement($input: ItemVersionInput!) {\n    deleteOutcomeMeasurement(input: $input)\n  }\n": types.DeleteOutcomeMeasurementDocument,
    "\n  fragment ActivitySummaryFields on Activity {\n    id\n    name\n    kind\n    executor {\n      id\n      name\n    }\n  }\n": types.ActivitySummaryFieldsFragmentDoc,
    "\n  fragment GapFields on Gap {\n    kind\n    stage\n    itemId\n    period\n  }\n": types.GapFieldsFragmentDoc,
    "\n  fragment QualityCheckFields on QualityCheck {\n    id\n    version\n    requirement\n    perspective\n    status\n    evidence\n  }\n": types.QualityCheckFieldsFragmentDoc,
    "\n  query QualityStage($id: ID!) {\n    plan(id: $id) {\n      id\n      activities {\n        ...ActivitySummaryFields\n        qualityChecks {\n          ...QualityCheckFields\n        }\n      }\n    }\n  }\n": types.QualityStageDocument,
    "\n  mutation CreateQualityCheck($input: CreateQualityCheckInput!) {\n    createQualityCheck(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateQualityCheckDocument,
    "\n  mutation UpdateQualityCheck($input: UpdateQualityCheckInput!) {\n    updateQualityCheck(input: $input) {\n      ...QualityCheckFields\n    }\n  }\n": types.UpdateQualityCheckDocument,
    "\n  mutation DeleteQualityCheck($input: ItemVersionInput!) {\n    deleteQualityCheck(input: $input)\n  }\n": types.DeleteQualityCheckDocument,
    "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          id\n          version\n          baselineValue\n          baselineYear\n          targetValue\n          targetYear\n          targetKind\n          direction\n          indicator {\n            id\n            name\n            unit\n          }\n          progress {\n            latestValue\n            latestPeriod\n            expectedValue\n            progressPct\n            onTrack\n            areaCount\n          }\n        }\n      }\n    }\n  }\n": types.SocietalResultsStageDocument,
    "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": types.CreateSocietalResultDocument,
    "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": types.UpdateSocietalResultDocument,
    "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n": types.DeleteSocietalResultDocument,
    "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      id\n      version\n      baselineValue\n      baselineYear\n      targetValue\n      targetYear\n      targetKind\n      direction\n      progress {\n        latestValue\n        latestPeriod\n        expectedValue\n        progressPct\n        onTrack\n        areaCount\n      }\n    }\n  }\n": types.UpdateResultIndicatorDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionStatus {\n    health {\n      status\n      database\n    }\n  }\n"): (typeof documents)["\n  query ConnectionStatus {\n    health {\n      status\n      database\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      singleSignOn\n      singleSignOnUrl\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      singleSignOn\n      singleSignOnUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanEvents($planId: ID!, $afterSequence: Int) {\n    planEvents(planId: $planId, afterSequence: $afterSequence) {\n      planId\n      sequence\n      kind\n      entity\n      entityId\n      action\n      changedFields\n      item\n      actor {\n        userId\n        displayName\n        organizationName\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PlanEvents($planId: ID!, $afterSequence: Int) {\n    planEvents(planId: $planId, afterSequence: $afterSequence) {\n      planId\n      sequence\n      kind\n      entity\n      entityId\n      action\n      changedFields\n      item\n      actor {\n        userId\n        displayName\n        organizationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanPresence($planId: ID!) {\n    planPresence(planId: $planId) {\n      planId\n      clientId\n      people {\n        clientId\n        userId\n        displayName\n        organizationName\n        stage\n        itemId\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PlanPresence($planId: ID!) {\n    planPresence(planId: $planId) {\n      planId\n      clientId\n      people {\n        clientId\n        userId\n        displayName\n        organizationName\n        stage\n        itemId\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input)\n  }\n"): (typeof documents)["\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlans {\n    plans {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlans {\n    plans {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    version\n    name\n    description\n    kind\n    targetGroup\n    executorOrganizationId\n    evidenceLevel\n    executor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityFields on Activity {\n    id\n    version\n    name\n    description\n    kind\n    targetGroup\n    executorOrganizationId\n    evidenceLevel\n    executor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        statement\n      }\n      gaps {\n        ...GapFields\n      }\n      activities {\n        ...ActivityFields\n        contributions {\n          id\n          version\n          rationale\n          societalResultId\n          societalResult {\n            id\n            statement\n          }\n        }\n        assessments {\n          id\n          version\n          criterion\n          rating\n          explanation\n        }\n        checklist {\n          unclearCount\n          doubtfulEffectiveness\n          items {\n            id\n            version\n            point\n            status\n            explanation\n          }\n        }\n        literatureReferences {\n          id\n          version\n          citation\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        statement\n      }\n      gaps {\n        ...GapFields\n      }\n      activities {\n        ...ActivityFields\n        contributions {\n          id\n          version\n          rationale\n          societalResultId\n          societalResult {\n            id\n            statement\n          }\n        }\n        assessments {\n          id\n          version\n          criterion\n          rating\n          explanation\n        }\n        checklist {\n          unclearCount\n          doubtfulEffectiveness\n          items {\n            id\n            version\n            point\n            status\n            explanation\n          }\n        }\n        literatureReferences {\n          id\n          version\n          citation\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($input: ItemVersionInput!) {\n    deleteActivity(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteActivity($input: ItemVersionInput!) {\n    deleteActivity(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivityAssessment($input: CreateActivityAssessmentInput!) {\n    createActivityAssessment(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivityAssessment($input: CreateActivityAssessmentInput!) {\n    createActivityAssessment(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivityAssessment($input: UpdateActivityAssessmentInput!) {\n    updateActivityAssessment(input: $input) {\n      id\n      version\n      rating\n      explanation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivityAssessment($input: UpdateActivityAssessmentInput!) {\n    updateActivityAssessment(input: $input) {\n      id\n      version\n      rating\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInterventionChecklistItem($input: CreateInterventionChecklistItemInput!) {\n    createInterventionChecklistItem(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInterventionChecklistItem($input: CreateInterventionChecklistItemInput!) {\n    createInterventionChecklistItem(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInterventionChecklistItem($input: UpdateInterventionChecklistItemInput!) {\n    updateInterventionChecklistItem(input: $input) {\n      id\n      version\n      status\n      explanation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInterventionChecklistItem($input: UpdateInterventionChecklistItemInput!) {\n    updateInterventionChecklistItem(input: $input) {\n      id\n      version\n      status\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContribution($input: CreateContributionInput!) {\n    createContribution(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContribution($input: UpdateContributionInput!) {\n    updateContribution(input: $input) {\n      id\n      version\n      rationale\n      societalResultId\n      societalResult {\n        id\n        statement\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContribution($input: UpdateContributionInput!) {\n    updateContribution(input: $input) {\n      id\n      version\n      rationale\n      societalResultId\n      societalResult {\n        id\n        statement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContribution($input: ItemVersionInput!) {\n    deleteContribution(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteContribution($input: ItemVersionInput!) {\n    deleteContribution(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLiteratureReference($input: CreateLiteratureReferenceInput!) {\n    createLiteratureReference(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLiteratureReference($input: CreateLiteratureReferenceInput!) {\n    createLiteratureReference(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLiteratureReference($input: UpdateLiteratureReferenceInput!) {\n    updateLiteratureReference(input: $input) {\n      id\n      version\n      citation\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLiteratureReference($input: UpdateLiteratureReferenceInput!) {\n    updateLiteratureReference(input: $input) {\n      id\n      version\n      citation\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLiteratureReference($input: ItemVersionInput!) {\n    deleteLiteratureReference(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteLiteratureReference($input: ItemVersionInput!) {\n    deleteLiteratureReference(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeMeasurementFields on OutcomeMeasurement {\n    id\n    version\n    period\n    periodStart\n    periodEnd\n    goalRealisationPct\n    plannedTerminationPct\n    clientSatisfactionPct\n    respondents\n    note\n  }\n"): (typeof documents)["\n  fragment OutcomeMeasurementFields on OutcomeMeasurement {\n    id\n    version\n    period\n    periodStart\n    periodEnd\n    goalRealisationPct\n    plannedTerminationPct\n    clientSatisfactionPct\n    respondents\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesStage($id: ID!) {\n    plan(id: $id) {\n      id\n      gaps {\n        ...GapFields\n      }\n      activities {\n        ...ActivitySummaryFields\n        outcomeMeasurements {\n          ...OutcomeMeasurementFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutcomesStage($id: ID!) {\n    plan(id: $id) {\n      id\n      gaps {\n        ...GapFields\n      }\n      activities {\n        ...ActivitySummaryFields\n        outcomeMeasurements {\n          ...OutcomeMeasurementFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOutcomeMeasurement($input: CreateOutcomeMeasurementInput!) {\n    createOutcomeMeasurement(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOutcomeMeasurement($input: CreateOutcomeMeasurementInput!) {\n    createOutcomeMeasurement(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOutcomeMeasurement($input: UpdateOutcomeMeasurementInput!) {\n    updateOutcomeMeasurement(input: $input) {\n      ...OutcomeMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOutcomeMeasurement($input: UpdateOutcomeMeasurementInput!) {\n    updateOutcomeMeasurement(input: $input) {\n      ...OutcomeMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOutcomeMeasurement($input: ItemVersionInput!) {\n    deleteOutcomeMeasurement(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteOutcomeMeasurement($input: ItemVersionInput!) {\n    deleteOutcomeMeasurement(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivitySummaryFields on Activity {\n    id\n    name\n    kind\n    executor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActivitySummaryFields on Activity {\n    id\n    name\n    kind\n    executor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapFields on Gap {\n    kind\n    stage\n    itemId\n    period\n  }\n"): (typeof documents)["\n  fragment GapFields on Gap {\n    kind\n    stage\n    itemId\n    period\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QualityCheckFields on QualityCheck {\n    id\n    version\n    requirement\n    perspective\n    status\n    evidence\n  }\n"): (typeof documents)["\n  fragment QualityCheckFields on QualityCheck {\n    id\n    version\n    requirement\n    perspective\n    status\n    evidence\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityStage($id: ID!) {\n    plan(id: $id) {\n      id\n      activities {\n        ...ActivitySummaryFields\n        qualityChecks {\n          ...QualityCheckFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QualityStage($id: ID!) {\n    plan(id: $id) {\n      id\n      activities {\n        ...ActivitySummaryFields\n        qualityChecks {\n          ...QualityCheckFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQualityCheck($input: CreateQualityCheckInput!) {\n    createQualityCheck(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQualityCheck($input: CreateQualityCheckInput!) {\n    createQualityCheck(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQualityCheck($input: UpdateQualityCheckInput!) {\n    updateQualityCheck(input: $input) {\n      ...QualityCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQualityCheck($input: UpdateQualityCheckInput!) {\n    updateQualityCheck(input: $input) {\n      ...QualityCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQualityCheck($input: ItemVersionInput!) {\n    deleteQualityCheck(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteQualityCheck($input: ItemVersionInput!) {\n    deleteQualityCheck(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          id\n          version\n          baselineValue\n          baselineYear\n          targetValue\n          targetYear\n          targetKind\n          direction\n          indicator {\n            id\n            name\n            unit\n          }\n          progress {\n            latestValue\n            latestPeriod\n            expectedValue\n            progressPct\n            onTrack\n            areaCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          id\n          version\n          baselineValue\n          baselineYear\n          targetValue\n          targetYear\n          targetKind\n          direction\n          indicator {\n            id\n            name\n            unit\n          }\n          progress {\n            latestValue\n            latestPeriod\n            expectedValue\n            progressPct\n            onTrack\n            areaCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      id\n      version\n      baselineValue\n      baselineYear\n      targetValue\n      targetYear\n      targetKind\n      direction\n      progress {\n        latestValue\n        latestPeriod\n        expectedValue\n        progressPct\n        onTrack\n        areaCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      id\n      version\n      baselineValue\n      baselineYear\n      targetValue\n      targetYear\n      targetKind\n      direction\n      progress {\n        latestValue\n        latestPeriod\n        expectedValue\n        progressPct\n        onTrack\n        areaCount\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;