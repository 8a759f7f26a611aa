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
    "\n  fragment ReflectionAnswerFields on ReflectionAnswer {\n    id\n    version\n    question\n    answer\n    organizationId\n  }\n": typeof types.ReflectionAnswerFieldsFragmentDoc,
    "\n  mutation CreateReflectionAnswer($input: CreateReflectionAnswerInput!) {\n    createReflectionAnswer(input: $input) {\n      ...ReflectionAnswerFields\n    }\n  }\n": typeof types.CreateReflectionAnswerDocument,
    "\n  mutation UpdateReflectionAnswer($input: UpdateReflectionAnswerInput!) {\n    updateReflectionAnswer(input: $input) {\n      ...ReflectionAnswerFields\n    }\n  }\n": typeof types.UpdateReflectionAnswerDocument,
    "\n  mutation DeleteReflectionAnswer($input: ItemVersionInput!) {\n    deleteReflectionAnswer(input: $input)\n  }\n": typeof types.DeleteReflectionAnswerDocument,
    "\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    version\n    title\n    description\n    status\n    dueDate\n    ownerName\n    ownerOrganizationId\n    learningReviewId\n    societalResultId\n    activityId\n    owner {\n      id\n      name\n    }\n    learningReview {\n      id\n      title\n    }\n    societalResult {\n      id\n      statement\n    }\n    activity {\n      id\n      name\n    }\n  }\n": typeof types.ImprovementActionFieldsFragmentDoc,
    "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateImprovementActionDocument,
    "\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n": typeof types.UpdateImprovementActionDocument,
    "\n  mutation DeleteImprovementAction($input: ItemVersionInput!) {\n    deleteImprovementAction(input: $input)\n  }\n": typeof types.DeleteImprovementActionDocument,
    "\n  fragment LearningReviewFields on LearningReview {\n    id\n    version\n    title\n    heldOn\n    summary\n    decisions\n  }\n": typeof types.LearningReviewFieldsFragmentDoc,
    "\n  mutation CreateLearningReview($input: CreateLearningReviewInput!) {\n    createLearningReview(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLearningReviewDocument,
    "\n  mutation UpdateLearningReview($input: UpdateLearningReviewInput!) {\n    updateLearningReview(input: $input) {\n      ...LearningReviewFields\n    }\n  }\n": typeof types.UpdateLearningReviewDocument,
    "\n  mutation DeleteLearningReview($input: ItemVersionInput!) {\n    deleteLearningReview(input: $input)\n  }\n": typeof types.DeleteLearningReviewDocument,
    "\n  query LearningStage($id: ID!) {\n    plan(id: $id) {\n      id\n      learningReviews {\n        ...LearningReviewFields\n        answers {\n          ...ReflectionAnswerFields\n        }\n        improvementActions {\n          id\n          title\n        }\n      }\n      improvementActions {\n        ...ImprovementActionFields\n      }\n      societalResults {\n        id\n        statement\n      }\n      activities {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LearningStageDocument,
    "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          id\n          version\n          baselineValue\n          baselineYear\n          targetValue\n          targetYear\n          targetKind\n          direction\n          indicator {\n            id\n            name\n            unit\n          }\n          progress {\n            latestValue\n            latestPeriod\n            expectedValue\n            progressPct\n            onTrack\n            areaCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.SocietalResultsStageDocument,
    "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": typeof types.CreateSocietalResultDocument,
    "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": typeof types.UpdateSocietalResultDocument,
    "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n": typeof types.DeleteSocietalResultDocument,
    "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      id\n      version\n      baselineValue\n      baselineYear\n      targetValue\n      targetYear\n      targetKind\n      direction\n      progress {\n        latestValue\n        latestPeriod\n        expectedValue\n        progressPct\n        onTrack\n        areaCount\n      }\n    }\n  }\n": typeof types.UpdateResultIndicatorDocument,
    "\n  fragment AnalysisFields on Analysis {\n    id\n    version\n    theme\n    summary\n    indicators {\n      id\n      name\n    }\n    signals {\n      id\n      title\n    }\n  }\n": typeof types.AnalysisFieldsFragmentDoc,
    "\n  mutation CreateAnalysis($input: CreateAnalysisInput!) {\n    createAnalysis(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAnalysisDocument,
    "\n  mutation UpdateAnalysis($input: UpdateAnalysisInput!) {\n    updateAnalysis(input: $input) {\n      ...AnalysisFields\n    }\n  }\n": typeof types.UpdateAnalysisDocument,
    "\n  mutation DeleteAnalysis($input: ItemVersionInput!) {\n    deleteAnalysis(input: $input)\n  }\n": typeof types.DeleteAnalysisDocument,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    version\n    name\n    unit\n    source\n    description\n    betterDirection\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  fragment MeasurementFields on Measurement {\n    id\n    version\n    areaCode\n    period\n    value\n    source\n    measuredOn\n  }\n": typeof types.MeasurementFieldsFragmentDoc,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation DeleteIndicator($input: ItemVersionInput!) {\n    deleteIndicator(input: $input)\n  }\n": typeof types.DeleteIndicatorDocument,
    "\n  mutation CreateMeasurement($input: CreateMeasurementInput!) {\n    createMeasurement(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMeasurementDocument,
    "\n  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {\n    updateMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": typeof types.UpdateMeasurementDocument,
    "\n  mutation DeleteMeasurement($input: ItemVersionInput!) {\n    deleteMeasurement(input: $input)\n  }\n": typeof types.DeleteMeasurementDocument,
    "\n  fragment SignalFields on Signal {\n    id\n    version\n    title\n    description\n    raisedBy\n    organizationId\n    observedOn\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.SignalFieldsFragmentDoc,
    "\n  mutation CreateSignal($input: CreateSignalInput!) {\n    createSignal(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSignalDocument,
    "\n  mutation UpdateSignal($input: UpdateSignalInput!) {\n    updateSignal(input: $input) {\n      ...SignalFields\n    }\n  }\n": typeof types.UpdateSignalDocument,
    "\n  mutation DeleteSignal($input: ItemVersionInput!) {\n    deleteSignal(input: $input)\n  }\n": typeof types.DeleteSignalDocument,
    "\n  query YouthSituationStage($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n        kind\n        code\n      }\n      indicators {\n        ...IndicatorFields\n        measurements {\n          ...MeasurementFields\n        }\n      }\n      resultIndicators {\n        id\n        indicatorId\n        targetValue\n        targetYear\n        societalResult {\n          id\n          statement\n        }\n      }\n      signals {\n        ...SignalFields\n      }\n      analyses {\n        ...AnalysisFields\n        societalResults {\n          id\n          statement\n        }\n        answers {\n          ...ReflectionAnswerFields\n        }\n      }\n    }\n  }\n": typeof types.YouthSituationStageDocument,
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
    "\n  fragment ReflectionAnswerFields on ReflectionAnswer {\n    id\n    version\n    question\n    answer\n    organizationId\n  }\n": types.ReflectionAnswerFieldsFragmentDoc,
    "\n  mutation CreateReflectionAnswer($input: CreateReflectionAnswerInput!) {\n    createReflectionAnswer(input: $input) {\n      ...ReflectionAnswerFields\n    }\n  }\n": types.CreateReflectionAnswerDocument,
    "\n  mutation UpdateReflectionAnswer($input: UpdateReflectionAnswerInput!) {\n    updateReflectionAnswer(input: $input) {\n      ...ReflectionAnswerFields\n    }\n  }\n": types.UpdateReflectionAnswerDocument,
    "\n  mutation DeleteReflectionAnswer($input: ItemVersionInput!) {\n    deleteReflectionAnswer(input: $input)\n  }\n": types.DeleteReflectionAnswerDocument,
    "\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    version\n    title\n    description\n    status\n    dueDate\n    ownerName\n    ownerOrganizationId\n    learningReviewId\n    societalResultId\n    activityId\n    owner {\n      id\n      name\n    }\n    learningReview {\n      id\n      title\n    }\n    societalResult {\n      id\n      statement\n    }\n    activity {\n      id\n      name\n    }\n  }\n": types.ImprovementActionFieldsFragmentDoc,
    "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      id\n    }\n  }\n": types.CreateImprovementActionDocument,
    "\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n": types.UpdateImprovementActionDocument,
    "\n  mutation DeleteImprovementAction($input: ItemVersionInput!) {\n    deleteImprovementAction(input: $input)\n  }\n": types.DeleteImprovementActionDocument,
    "\n  fragment LearningReviewFields on LearningReview {\n    id\n    version\n    title\n    heldOn\n    summary\n    decisions\n  }\n": types.LearningReviewFieldsFragmentDoc,
    "\n  mutation CreateLearningReview($input: CreateLearningReviewInput!) {\n    createLearningReview(input: $input) {\n      id\n    }\n  }\n": types.CreateLearningReviewDocument,
    "\n  mutation UpdateLearningReview($input: UpdateLearningReviewInput!) {\n    updateLearningReview(input: $input) {\n      ...LearningReviewFields\n    }\n  }\n": types.UpdateLearningReviewDocument,
    "\n  mutation DeleteLearningReview($input: ItemVersionInput!) {\n    deleteLearningReview(input: $input)\n  }\n": types.DeleteLearningReviewDocument,
    "\n  query LearningStage($id: ID!) {\n    plan(id: $id) {\n      id\n      learningReviews {\n        ...LearningReviewFields\n        answers {\n          ...ReflectionAnswerFields\n        }\n        improvementActions {\n          id\n          title\n        }\n      }\n      improvementActions {\n        ...ImprovementActionFields\n      }\n      societalResults {\n        id\n        statement\n      }\n      activities {\n        id\n        name\n      }\n    }\n  }\n": types.LearningStageDocument,
    "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          id\n          version\n          baselineValue\n          baselineYear\n          targetValue\n          targetYear\n          targetKind\n          direction\n          indicator {\n            id\n            name\n            unit\n          }\n          progress {\n            latestValue\n            latestPeriod\n            expectedValue\n            progressPct\n            onTrack\n            areaCount\n          }\n        }\n      }\n    }\n  }\n": types.SocietalResultsStageDocument,
    "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": types.CreateSocietalResultDocument,
    "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": types.UpdateSocietalResultDocument,
    "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n": types.DeleteSocietalResultDocument,
    "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      id\n      version\n      baselineValue\n      baselineYear\n      targetValue\n      targetYear\n      targetKind\n      direction\n      progress {\n        latestValue\n        latestPeriod\n        expectedValue\n        progressPct\n        onTrack\n        areaCount\n      }\n    }\n  }\n": types.UpdateResultIndicatorDocument,
    "\n  fragment AnalysisFields on Analysis {\n    id\n    version\n    theme\n    summary\n    indicators {\n      id\n      name\n    }\n    signals {\n      id\n      title\n    }\n  }\n": types.AnalysisFieldsFragmentDoc,
    "\n  mutation CreateAnalysis($input: CreateAnalysisInput!) {\n    createAnalysis(input: $input) {\n      id\n    }\n  }\n": types.CreateAnalysisDocument,
    "\n  mutation UpdateAnalysis($input: UpdateAnalysisInput!) {\n    updateAnalysis(input: $input) {\n      ...AnalysisFields\n    }\n  }\n": types.UpdateAnalysisDocument,
    "\n  mutation DeleteAnalysis($input: ItemVersionInput!) {\n    deleteAnalysis(input: $input)\n  }\n": types.DeleteAnalysisDocument,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    version\n    name\n    unit\n    source\n    description\n    betterDirection\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  fragment MeasurementFields on Measurement {\n    id\n    version\n    areaCode\n    period\n    value\n    source\n    measuredOn\n  }\n": types.MeasurementFieldsFragmentDoc,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation DeleteIndicator($input: ItemVersionInput!) {\n    deleteIndicator(input: $input)\n  }\n": types.DeleteIndicatorDocument,
    "\n  mutation CreateMeasurement($input: CreateMeasurementInput!) {\n    createMeasurement(input: $input) {\n      id\n    }\n  }\n": types.CreateMeasurementDocument,
    "\n  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {\n    updateMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": types.UpdateMeasurementDocument,
    "\n  mutation DeleteMeasurement($input: ItemVersionInput!) {\n    deleteMeasurement(input: $input)\n  }\n": types.DeleteMeasurementDocument,
    "\n  fragment SignalFields on Signal {\n    id\n    version\n    title\n    description\n    raisedBy\n    organizationId\n    observedOn\n    organization {\n      id\n      name\n    }\n  }\n": types.SignalFieldsFragmentDoc,
    "\n  mutation CreateSignal($input: CreateSignalInput!) {\n    createSignal(input: $input) {\n      id\n    }\n  }\n": types.CreateSignalDocument,
    "\n  mutation UpdateSignal($input: UpdateSignalInput!) {\n    updateSignal(input: $input) {\n      ...SignalFields\n    }\n  }\n": types.UpdateSignalDocument,
    "\n  mutation DeleteSignal($input: ItemVersionInput!) {\n    deleteSignal(input: $input)\n  }\n": types.DeleteSignalDocument,
    "\n  query YouthSituationStage($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n        kind\n        code\n      }\n      indicators {\n        ...IndicatorFields\n        measurements {\n          ...MeasurementFields\n        }\n      }\n      resultIndicators {\n        id\n        indicatorId\n        targetValue\n        targetYear\n        societalResult {\n          id\n          statement\n        }\n      }\n      signals {\n        ...SignalFields\n      }\n      analyses {\n        ...AnalysisFields\n        societalResults {\n          id\n          statement\n        }\n        answers {\n          ...ReflectionAnswerFields\n        }\n      }\n    }\n  }\n": types.YouthSituationStageDocument,
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
export function graphql(source: "\n  fragment ReflectionAnswerFields on ReflectionAnswer {\n    id\n    version\n    question\n    answer\n    organizationId\n  }\n"): (typeof documents)["\n  fragment ReflectionAnswerFields on ReflectionAnswer {\n    id\n    version\n    question\n    answer\n    organizationId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReflectionAnswer($input: CreateReflectionAnswerInput!) {\n    createReflectionAnswer(input: $input) {\n      ...ReflectionAnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReflectionAnswer($input: CreateReflectionAnswerInput!) {\n    createReflectionAnswer(input: $input) {\n      ...ReflectionAnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReflectionAnswer($input: UpdateReflectionAnswerInput!) {\n    updateReflectionAnswer(input: $input) {\n      ...ReflectionAnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReflectionAnswer($input: UpdateReflectionAnswerInput!) {\n    updateReflectionAnswer(input: $input) {\n      ...ReflectionAnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReflectionAnswer($input: ItemVersionInput!) {\n    deleteReflectionAnswer(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteReflectionAnswer($input: ItemVersionInput!) {\n    deleteReflectionAnswer(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    version\n    title\n    description\n    status\n    dueDate\n    ownerName\n    ownerOrganizationId\n    learningReviewId\n    societalResultId\n    activityId\n    owner {\n      id\n      name\n    }\n    learningReview {\n      id\n      title\n    }\n    societalResult {\n      id\n      statement\n    }\n    activity {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    version\n    title\n    description\n    status\n    dueDate\n    ownerName\n    ownerOrganizationId\n    learningReviewId\n    societalResultId\n    activityId\n    owner {\n      id\n      name\n    }\n    learningReview {\n      id\n      title\n    }\n    societalResult {\n      id\n      statement\n    }\n    activity {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {\n    createImprovementAction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteImprovementAction($input: ItemVersionInput!) {\n    deleteImprovementAction(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteImprovementAction($input: ItemVersionInput!) {\n    deleteImprovementAction(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningReviewFields on LearningReview {\n    id\n    version\n    title\n    heldOn\n    summary\n    decisions\n  }\n"): (typeof documents)["\n  fragment LearningReviewFields on LearningReview {\n    id\n    version\n    title\n    heldOn\n    summary\n    decisions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLearningReview($input: CreateLearningReviewInput!) {\n    createLearningReview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLearningReview($input: CreateLearningReviewInput!) {\n    createLearningReview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLearningReview($input: UpdateLearningReviewInput!) {\n    updateLearningReview(input: $input) {\n      ...LearningReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLearningReview($input: UpdateLearningReviewInput!) {\n    updateLearningReview(input: $input) {\n      ...LearningReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLearningReview($input: ItemVersionInput!) {\n    deleteLearningReview(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteLearningReview($input: ItemVersionInput!) {\n    deleteLearningReview(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningStage($id: ID!) {\n    plan(id: $id) {\n      id\n      learningReviews {\n        ...LearningReviewFields\n        answers {\n          ...ReflectionAnswerFields\n        }\n        improvementActions {\n          id\n          title\n        }\n      }\n      improvementActions {\n        ...ImprovementActionFields\n      }\n      societalResults {\n        id\n        statement\n      }\n      activities {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningStage($id: ID!) {\n    plan(id: $id) {\n      id\n      learningReviews {\n        ...LearningReviewFields\n        answers {\n          ...ReflectionAnswerFields\n        }\n        improvementActions {\n          id\n          title\n        }\n      }\n      improvementActions {\n        ...ImprovementActionFields\n      }\n      societalResults {\n        id\n        statement\n      }\n      activities {\n        id\n        name\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisFields on Analysis {\n    id\n    version\n    theme\n    summary\n    indicators {\n      id\n      name\n    }\n    signals {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment AnalysisFields on Analysis {\n    id\n    version\n    theme\n    summary\n    indicators {\n      id\n      name\n    }\n    signals {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnalysis($input: CreateAnalysisInput!) {\n    createAnalysis(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAnalysis($input: CreateAnalysisInput!) {\n    createAnalysis(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnalysis($input: UpdateAnalysisInput!) {\n    updateAnalysis(input: $input) {\n      ...AnalysisFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnalysis($input: UpdateAnalysisInput!) {\n    updateAnalysis(input: $input) {\n      ...AnalysisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnalysis($input: ItemVersionInput!) {\n    deleteAnalysis(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAnalysis($input: ItemVersionInput!) {\n    deleteAnalysis(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    id\n    version\n    name\n    unit\n    source\n    description\n    betterDirection\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    id\n    version\n    name\n    unit\n    source\n    description\n    betterDirection\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasurementFields on Measurement {\n    id\n    version\n    areaCode\n    period\n    value\n    source\n    measuredOn\n  }\n"): (typeof documents)["\n  fragment MeasurementFields on Measurement {\n    id\n    version\n    areaCode\n    period\n    value\n    source\n    measuredOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIndicator($input: ItemVersionInput!) {\n    deleteIndicator(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteIndicator($input: ItemVersionInput!) {\n    deleteIndicator(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeasurement($input: CreateMeasurementInput!) {\n    createMeasurement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeasurement($input: CreateMeasurementInput!) {\n    createMeasurement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {\n    updateMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {\n    updateMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeasurement($input: ItemVersionInput!) {\n    deleteMeasurement(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteMeasurement($input: ItemVersionInput!) {\n    deleteMeasurement(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignalFields on Signal {\n    id\n    version\n    title\n    description\n    raisedBy\n    organizationId\n    observedOn\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SignalFields on Signal {\n    id\n    version\n    title\n    description\n    raisedBy\n    organizationId\n    observedOn\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSignal($input: CreateSignalInput!) {\n    createSignal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSignal($input: CreateSignalInput!) {\n    createSignal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSignal($input: UpdateSignalInput!) {\n    updateSignal(input: $input) {\n      ...SignalFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSignal($input: UpdateSignalInput!) {\n    updateSignal(input: $input) {\n      ...SignalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSignal($input: ItemVersionInput!) {\n    deleteSignal(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteSignal($input: ItemVersionInput!) {\n    deleteSignal(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthSituationStage($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n        kind\n        code\n      }\n      indicators {\n        ...IndicatorFields\n        measurements {\n          ...MeasurementFields\n        }\n      }\n      resultIndicators {\n        id\n        indicatorId\n        targetValue\n        targetYear\n        societalResult {\n          id\n          statement\n        }\n      }\n      signals {\n        ...SignalFields\n      }\n      analyses {\n        ...AnalysisFields\n        societalResults {\n          id\n          statement\n        }\n        answers {\n          ...ReflectionAnswerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthSituationStage($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n        kind\n        code\n      }\n      indicators {\n        ...IndicatorFields\n        measurements {\n          ...MeasurementFields\n        }\n      }\n      resultIndicators {\n        id\n        indicatorId\n        targetValue\n        targetYear\n        societalResult {\n          id\n          statement\n        }\n      }\n      signals {\n        ...SignalFields\n      }\n      analyses {\n        ...AnalysisFields\n        societalResults {\n          id\n          statement\n        }\n        answers {\n          ...ReflectionAnswerFields\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;