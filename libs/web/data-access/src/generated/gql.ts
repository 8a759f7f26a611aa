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
    "\n  query AuditTrail($planId: ID!, $first: Int!, $before: String) {\n    auditTrail(planId: $planId, first: $first, before: $before) {\n      events {\n        id\n        occurredAt\n        entity\n        entityId\n        action\n        userName\n        organizationId\n        requestId\n        changes {\n          field\n          before\n          after\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      singleSignOn\n      singleSignOnUrl\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    version\n    planId\n    stage\n    targetType\n    targetId\n    threadId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    resolvedAt\n    author {\n      userId\n      displayName\n      organizationName\n    }\n    mentions {\n      userId\n      displayName\n    }\n    resolvedBy {\n      userId\n      displayName\n      organizationName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query CommentThreads($planId: ID!, $stage: Stage, $targetId: ID) {\n    comments(planId: $planId, stage: $stage, targetId: $targetId, first: 200) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.CommentThreadsDocument,
    "\n  query StageCommentCounts($planId: ID!, $stage: Stage!) {\n    comments(planId: $planId, stage: $stage, includeItems: true, first: 200) {\n      id\n      targetId\n      deletedAt\n      resolvedAt\n      replies {\n        id\n        deletedAt\n      }\n    }\n  }\n": typeof types.StageCommentCountsDocument,
    "\n  query MentionableMembers($planId: ID!) {\n    plan(id: $planId) {\n      id\n      members {\n        id\n        userId\n        displayName\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MentionableMembersDocument,
    "\n  query UnreadCommentCounts($planId: ID!) {\n    unreadCommentCounts(planId: $planId) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n": typeof types.UnreadCommentCountsDocument,
    "\n  mutation MarkCommentsRead($input: MarkCommentsReadInput!) {\n    markCommentsRead(input: $input) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n": typeof types.MarkCommentsReadDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.CreateCommentDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ReplyToCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation DeleteComment($input: CommentVersionInput!) {\n    deleteComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation ResolveCommentThread($input: CommentVersionInput!) {\n    resolveCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ResolveCommentThreadDocument,
    "\n  mutation ReopenCommentThread($input: CommentVersionInput!) {\n    reopenCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ReopenCommentThreadDocument,
    "\n  query ActivityFeed($planId: ID!, $filter: ActivityFeedFilter) {\n    activityFeed(planId: $planId, filter: $filter) {\n      entries {\n        id\n        occurredAt\n        sentence\n        stage\n        entity\n        action\n        actorName\n        organizationName\n      }\n      nextCursor\n    }\n  }\n": typeof types.ActivityFeedDocument,
    "\n  fragment FigureImportPreviewFields on FigureImportPreview {\n    importId\n    fileName\n    format\n    encoding\n    delimiter\n    decimalSeparator\n    columns {\n      index\n      header\n      detectedRole\n      samples\n    }\n    mapping {\n      areaColumn\n      periodColumn\n      valueColumns\n      indicatorColumn\n    }\n    indicators {\n      sourceName\n      indicatorId\n      name\n      unit\n      betterDirection\n      rowCount\n    }\n    counts {\n      ...FigureImportCountsFields\n    }\n    toCreate {\n      ...FigureImportRowFields\n    }\n    toUpdate {\n      ...FigureImportRowFields\n    }\n    rejected {\n      rowNumber\n      problem\n      cell\n      hint\n    }\n  }\n": typeof types.FigureImportPreviewFieldsFragmentDoc,
    "\n  fragment FigureImportCountsFields on FigureImportCounts {\n    rows\n    create\n    update\n    unchanged\n    skippedMissing\n    skippedOtherArea\n    rejected\n    newIndicators\n  }\n": typeof types.FigureImportCountsFieldsFragmentDoc,
    "\n  fragment FigureImportRowFields on FigureImportRow {\n    rowNumber\n    indicatorName\n    areaCode\n    areaName\n    period\n    value\n    previousValue\n  }\n": typeof types.FigureImportRowFieldsFragmentDoc,
    "\n  mutation PreviewFigureImport($input: PreviewFigureImportInput!) {\n    previewFigureImport(input: $input) {\n      ...FigureImportPreviewFields\n    }\n  }\n": typeof types.PreviewFigureImportDocument,
    "\n  mutation ConfirmFigureImport($input: ConfirmFigureImportInput!) {\n    confirmFigureImport(input: $input) {\n      importId\n      fileName\n      counts {\n        ...FigureImportCountsFields\n      }\n    }\n  }\n": typeof types.ConfirmFigureImportDocument,
    "\n  query FigureImportPlanIndicators($id: ID!) {\n    plan(id: $id) {\n      id\n      indicators {\n        id\n        name\n        unit\n        betterDirection\n      }\n    }\n  }\n": typeof types.FigureImportPlanIndicatorsDocument,
    "\n  subscription PlanEvents($planId: ID!, $afterSequence: Int) {\n    planEvents(planId: $planId, afterSequence: $afterSequence) {\n      planId\n      sequence\n      kind\n      entity\n      entityId\n      action\n      changedFields\n      item\n      actor {\n        userId\n        displayName\n        organizationName\n      }\n    }\n  }\n": typeof types.PlanEventsDocument,
    "\n  subscription PlanPresence($planId: ID!) {\n    planPresence(planId: $planId) {\n      planId\n      clientId\n      people {\n        clientId\n        userId\n        displayName\n        organizationName\n        stage\n        itemId\n        field\n      }\n    }\n  }\n": typeof types.PlanPresenceDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input)\n  }\n": typeof types.UpdatePresenceDocument,
    "\n  query PlanMembers($id: ID!, $withInvitations: Boolean!) {\n    plan(id: $id) {\n      id\n      members {\n        id\n        userId\n        displayName\n        email\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      invitations @include(if: $withInvitations) {\n        id\n        email\n        role\n        expiresAt\n        invitedByName\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": typeof types.PlanMembersDocument,
    "\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangePlanMemberRoleDocument,
    "\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n": typeof types.RemovePlanMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      mailed\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    planId\n    planTitle\n    createdAt\n    readAt\n    comment {\n      ...CommentFields\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications {\n    notifications(first: 50) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query AdminOrganizations {\n    adminOrganizations {\n      id\n      name\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n": typeof types.KompasDocument,
    "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n      members {\n        id\n        userId\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": typeof types.PlanHeaderDocument,
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
    "\n  fragment ResultIndicatorFields on ResultIndicator {\n    id\n    version\n    baselineValue\n    baselineYear\n    targetValue\n    targetYear\n    targetKind\n    direction\n    progress {\n      latestValue\n      latestPeriod\n      expectedValue\n      progressPct\n      onTrack\n      areaCount\n    }\n  }\n": typeof types.ResultIndicatorFieldsFragmentDoc,
    "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          ...ResultIndicatorFields\n          indicator {\n            id\n            name\n            unit\n          }\n        }\n      }\n    }\n  }\n": typeof types.SocietalResultsStageDocument,
    "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": typeof types.CreateSocietalResultDocument,
    "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": typeof types.UpdateSocietalResultDocument,
    "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n": typeof types.DeleteSocietalResultDocument,
    "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      ...ResultIndicatorFields\n    }\n  }\n": typeof types.UpdateResultIndicatorDocument,
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
    "\n  query Traceability($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n      }\n      indicators {\n        id\n        name\n        unit\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        societalResultId\n        indicatorId\n        baselineValue\n        baselineYear\n        targetValue\n        targetYear\n        targetKind\n        direction\n        progress {\n          latestValue\n          latestPeriod\n          progressPct\n          onTrack\n        }\n      }\n      activities {\n        id\n        name\n        kind\n        executor {\n          id\n          name\n        }\n      }\n      contributions {\n        id\n        activityId\n        societalResultId\n        rationale\n      }\n      qualityChecks {\n        id\n        activityId\n        requirement\n        perspective\n        status\n      }\n      outcomeMeasurements {\n        id\n        activityId\n        period\n        periodEnd\n        goalRealisationPct\n        plannedTerminationPct\n        clientSatisfactionPct\n        respondents\n      }\n      gaps {\n        kind\n        itemId\n        itemType\n        period\n      }\n    }\n  }\n": typeof types.TraceabilityDocument,
    "\n  query PlanVersions($planId: ID!) {\n    planSnapshots(planId: $planId) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n    }\n  }\n": typeof types.PlanVersionsDocument,
    "\n  query ComparePlanVersions($planId: ID!, $from: ID!, $to: ID) {\n    comparePlanVersions(planId: $planId, from: $from, to: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      planChangedFields\n      stages {\n        stage\n        added {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n        changed {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n        removed {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n      }\n    }\n  }\n": typeof types.ComparePlanVersionsDocument,
    "\n  mutation RecordApproval($input: RecordApprovalInput!) {\n    recordApproval(input: $input) {\n      id\n      decision\n      reason\n      stale\n      givenAt\n      givenByName\n      givenByUserId\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.RecordApprovalDocument,
    "\n  query PlanVersion($planId: ID!, $id: ID!) {\n    planSnapshot(planId: $planId, id: $id) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      graph\n    }\n  }\n": typeof types.PlanVersionDocument,
    "\n  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {\n    changePlanStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangePlanStatusDocument,
    "\n  mutation AdoptPlan($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      plan {\n        id\n        status\n        version\n      }\n      snapshot {\n        id\n        number\n        adoptedAt\n        adoptedByName\n      }\n    }\n  }\n": typeof types.AdoptPlanDocument,
    "\n  query Workflow($id: ID!) {\n    plan(id: $id) {\n      id\n      status\n      version\n      consultation {\n        cycle\n        agreedCount\n        canAdopt\n        waitingFor {\n          id\n          name\n        }\n        parties {\n          state\n          organization {\n            id\n            name\n            kind\n          }\n          approval {\n            id\n            decision\n            reason\n            givenAt\n            givenByName\n            givenByUserId\n            stale\n            changesSince(first: 50) {\n              sequence\n              action\n              entity\n              entityId\n              label\n              stage\n              changedFields\n              occurredAt\n              userName\n              organizationName\n            }\n          }\n        }\n      }\n    }\n    planSnapshots(planId: $id) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n    }\n    viewer {\n      id\n    }\n  }\n": typeof types.WorkflowDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query ConnectionStatus {\n    health {\n      status\n      database\n    }\n  }\n": types.ConnectionStatusDocument,
    "\n  query AuditTrail($planId: ID!, $first: Int!, $before: String) {\n    auditTrail(planId: $planId, first: $first, before: $before) {\n      events {\n        id\n        occurredAt\n        entity\n        entityId\n        action\n        userName\n        organizationId\n        requestId\n        changes {\n          field\n          before\n          after\n        }\n      }\n      nextCursor\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      singleSignOn\n      singleSignOnUrl\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n    }\n  }\n": types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    version\n    planId\n    stage\n    targetType\n    targetId\n    threadId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    resolvedAt\n    author {\n      userId\n      displayName\n      organizationName\n    }\n    mentions {\n      userId\n      displayName\n    }\n    resolvedBy {\n      userId\n      displayName\n      organizationName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query CommentThreads($planId: ID!, $stage: Stage, $targetId: ID) {\n    comments(planId: $planId, stage: $stage, targetId: $targetId, first: 200) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n": types.CommentThreadsDocument,
    "\n  query StageCommentCounts($planId: ID!, $stage: Stage!) {\n    comments(planId: $planId, stage: $stage, includeItems: true, first: 200) {\n      id\n      targetId\n      deletedAt\n      resolvedAt\n      replies {\n        id\n        deletedAt\n      }\n    }\n  }\n": types.StageCommentCountsDocument,
    "\n  query MentionableMembers($planId: ID!) {\n    plan(id: $planId) {\n      id\n      members {\n        id\n        userId\n        displayName\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MentionableMembersDocument,
    "\n  query UnreadCommentCounts($planId: ID!) {\n    unreadCommentCounts(planId: $planId) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n": types.UnreadCommentCountsDocument,
    "\n  mutation MarkCommentsRead($input: MarkCommentsReadInput!) {\n    markCommentsRead(input: $input) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n": types.MarkCommentsReadDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.CreateCommentDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ReplyToCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation DeleteComment($input: CommentVersionInput!) {\n    deleteComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation ResolveCommentThread($input: CommentVersionInput!) {\n    resolveCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ResolveCommentThreadDocument,
    "\n  mutation ReopenCommentThread($input: CommentVersionInput!) {\n    reopenCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ReopenCommentThreadDocument,
    "\n  query ActivityFeed($planId: ID!, $filter: ActivityFeedFilter) {\n    activityFeed(planId: $planId, filter: $filter) {\n      entries {\n        id\n        occurredAt\n        sentence\n        stage\n        entity\n        action\n        actorName\n        organizationName\n      }\n      nextCursor\n    }\n  }\n": types.ActivityFeedDocument,
    "\n  fragment FigureImportPreviewFields on FigureImportPreview {\n    importId\n    fileName\n    format\n    encoding\n    delimiter\n    decimalSeparator\n    columns {\n      index\n      header\n      detectedRole\n      samples\n    }\n    mapping {\n      areaColumn\n      periodColumn\n      valueColumns\n      indicatorColumn\n    }\n    indicators {\n      sourceName\n      indicatorId\n      name\n      unit\n      betterDirection\n      rowCount\n    }\n    counts {\n      ...FigureImportCountsFields\n    }\n    toCreate {\n      ...FigureImportRowFields\n    }\n    toUpdate {\n      ...FigureImportRowFields\n    }\n    rejected {\n      rowNumber\n      problem\n      cell\n      hint\n    }\n  }\n": types.FigureImportPreviewFieldsFragmentDoc,
    "\n  fragment FigureImportCountsFields on FigureImportCounts {\n    rows\n    create\n    update\n    unchanged\n    skippedMissing\n    skippedOtherArea\n    rejected\n    newIndicators\n  }\n": types.FigureImportCountsFieldsFragmentDoc,
    "\n  fragment FigureImportRowFields on FigureImportRow {\n    rowNumber\n    indicatorName\n    areaCode\n    areaName\n    period\n    value\n    previousValue\n  }\n": types.FigureImportRowFieldsFragmentDoc,
    "\n  mutation PreviewFigureImport($input: PreviewFigureImportInput!) {\n    previewFigureImport(input: $input) {\n      ...FigureImportPreviewFields\n    }\n  }\n": types.PreviewFigureImportDocument,
    "\n  mutation ConfirmFigureImport($input: ConfirmFigureImportInput!) {\n    confirmFigureImport(input: $input) {\n      importId\n      fileName\n      counts {\n        ...FigureImportCountsFields\n      }\n    }\n  }\n": types.ConfirmFigureImportDocument,
    "\n  query FigureImportPlanIndicators($id: ID!) {\n    plan(id: $id) {\n      id\n      indicators {\n        id\n        name\n        unit\n        betterDirection\n      }\n    }\n  }\n": types.FigureImportPlanIndicatorsDocument,
    "\n  subscription PlanEvents($planId: ID!, $afterSequence: Int) {\n    planEvents(planId: $planId, afterSequence: $afterSequence) {\n      planId\n      sequence\n      kind\n      entity\n      entityId\n      action\n      changedFields\n      item\n      actor {\n        userId\n        displayName\n        organizationName\n      }\n    }\n  }\n": types.PlanEventsDocument,
    "\n  subscription PlanPresence($planId: ID!) {\n    planPresence(planId: $planId) {\n      planId\n      clientId\n      people {\n        clientId\n        userId\n        displayName\n        organizationName\n        stage\n        itemId\n        field\n      }\n    }\n  }\n": types.PlanPresenceDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input)\n  }\n": types.UpdatePresenceDocument,
    "\n  query PlanMembers($id: ID!, $withInvitations: Boolean!) {\n    plan(id: $id) {\n      id\n      members {\n        id\n        userId\n        displayName\n        email\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      invitations @include(if: $withInvitations) {\n        id\n        email\n        role\n        expiresAt\n        invitedByName\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": types.PlanMembersDocument,
    "\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangePlanMemberRoleDocument,
    "\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n": types.RemovePlanMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      mailed\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    planId\n    planTitle\n    createdAt\n    readAt\n    comment {\n      ...CommentFields\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications {\n    notifications(first: 50) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query AdminOrganizations {\n    adminOrganizations {\n      id\n      name\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n": types.KompasDocument,
    "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n      members {\n        id\n        userId\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": types.PlanHeaderDocument,
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
    "\n  fragment ResultIndicatorFields on ResultIndicator {\n    id\n    version\n    baselineValue\n    baselineYear\n    targetValue\n    targetYear\n    targetKind\n    direction\n    progress {\n      latestValue\n      latestPeriod\n      expectedValue\n      progressPct\n      onTrack\n      areaCount\n    }\n  }\n": types.ResultIndicatorFieldsFragmentDoc,
    "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          ...ResultIndicatorFields\n          indicator {\n            id\n            name\n            unit\n          }\n        }\n      }\n    }\n  }\n": types.SocietalResultsStageDocument,
    "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": types.CreateSocietalResultDocument,
    "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": types.UpdateSocietalResultDocument,
    "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n": types.DeleteSocietalResultDocument,
    "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      ...ResultIndicatorFields\n    }\n  }\n": types.UpdateResultIndicatorDocument,
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
    "\n  query Traceability($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n      }\n      indicators {\n        id\n        name\n        unit\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        societalResultId\n        indicatorId\n        baselineValue\n        baselineYear\n        targetValue\n        targetYear\n        targetKind\n        direction\n        progress {\n          latestValue\n          latestPeriod\n          progressPct\n          onTrack\n        }\n      }\n      activities {\n        id\n        name\n        kind\n        executor {\n          id\n          name\n        }\n      }\n      contributions {\n        id\n        activityId\n        societalResultId\n        rationale\n      }\n      qualityChecks {\n        id\n        activityId\n        requirement\n        perspective\n        status\n      }\n      outcomeMeasurements {\n        id\n        activityId\n        period\n        periodEnd\n        goalRealisationPct\n        plannedTerminationPct\n        clientSatisfactionPct\n        respondents\n      }\n      gaps {\n        kind\n        itemId\n        itemType\n        period\n      }\n    }\n  }\n": types.TraceabilityDocument,
    "\n  query PlanVersions($planId: ID!) {\n    planSnapshots(planId: $planId) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n    }\n  }\n": types.PlanVersionsDocument,
    "\n  query ComparePlanVersions($planId: ID!, $from: ID!, $to: ID) {\n    comparePlanVersions(planId: $planId, from: $from, to: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      planChangedFields\n      stages {\n        stage\n        added {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n        changed {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n        removed {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n      }\n    }\n  }\n": types.ComparePlanVersionsDocument,
    "\n  mutation RecordApproval($input: RecordApprovalInput!) {\n    recordApproval(input: $input) {\n      id\n      decision\n      reason\n      stale\n      givenAt\n      givenByName\n      givenByUserId\n      organization {\n        id\n      }\n    }\n  }\n": types.RecordApprovalDocument,
    "\n  query PlanVersion($planId: ID!, $id: ID!) {\n    planSnapshot(planId: $planId, id: $id) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      graph\n    }\n  }\n": types.PlanVersionDocument,
    "\n  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {\n    changePlanStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangePlanStatusDocument,
    "\n  mutation AdoptPlan($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      plan {\n        id\n        status\n        version\n      }\n      snapshot {\n        id\n        number\n        adoptedAt\n        adoptedByName\n      }\n    }\n  }\n": types.AdoptPlanDocument,
    "\n  query Workflow($id: ID!) {\n    plan(id: $id) {\n      id\n      status\n      version\n      consultation {\n        cycle\n        agreedCount\n        canAdopt\n        waitingFor {\n          id\n          name\n        }\n        parties {\n          state\n          organization {\n            id\n            name\n            kind\n          }\n          approval {\n            id\n            decision\n            reason\n            givenAt\n            givenByName\n            givenByUserId\n            stale\n            changesSince(first: 50) {\n              sequence\n              action\n              entity\n              entityId\n              label\n              stage\n              changedFields\n              occurredAt\n              userName\n              organizationName\n            }\n          }\n        }\n      }\n    }\n    planSnapshots(planId: $id) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n    }\n    viewer {\n      id\n    }\n  }\n": types.WorkflowDocument,
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
export function graphql(source: "\n  query AuditTrail($planId: ID!, $first: Int!, $before: String) {\n    auditTrail(planId: $planId, first: $first, before: $before) {\n      events {\n        id\n        occurredAt\n        entity\n        entityId\n        action\n        userName\n        organizationId\n        requestId\n        changes {\n          field\n          before\n          after\n        }\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($planId: ID!, $first: Int!, $before: String) {\n    auditTrail(planId: $planId, first: $first, before: $before) {\n      events {\n        id\n        occurredAt\n        entity\n        entityId\n        action\n        userName\n        organizationId\n        requestId\n        changes {\n          field\n          before\n          after\n        }\n      }\n      nextCursor\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    version\n    planId\n    stage\n    targetType\n    targetId\n    threadId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    resolvedAt\n    author {\n      userId\n      displayName\n      organizationName\n    }\n    mentions {\n      userId\n      displayName\n    }\n    resolvedBy {\n      userId\n      displayName\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    version\n    planId\n    stage\n    targetType\n    targetId\n    threadId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    resolvedAt\n    author {\n      userId\n      displayName\n      organizationName\n    }\n    mentions {\n      userId\n      displayName\n    }\n    resolvedBy {\n      userId\n      displayName\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentThreads($planId: ID!, $stage: Stage, $targetId: ID) {\n    comments(planId: $planId, stage: $stage, targetId: $targetId, first: 200) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentThreads($planId: ID!, $stage: Stage, $targetId: ID) {\n    comments(planId: $planId, stage: $stage, targetId: $targetId, first: 200) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StageCommentCounts($planId: ID!, $stage: Stage!) {\n    comments(planId: $planId, stage: $stage, includeItems: true, first: 200) {\n      id\n      targetId\n      deletedAt\n      resolvedAt\n      replies {\n        id\n        deletedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query StageCommentCounts($planId: ID!, $stage: Stage!) {\n    comments(planId: $planId, stage: $stage, includeItems: true, first: 200) {\n      id\n      targetId\n      deletedAt\n      resolvedAt\n      replies {\n        id\n        deletedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionableMembers($planId: ID!) {\n    plan(id: $planId) {\n      id\n      members {\n        id\n        userId\n        displayName\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionableMembers($planId: ID!) {\n    plan(id: $planId) {\n      id\n      members {\n        id\n        userId\n        displayName\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCommentCounts($planId: ID!) {\n    unreadCommentCounts(planId: $planId) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n"): (typeof documents)["\n  query UnreadCommentCounts($planId: ID!) {\n    unreadCommentCounts(planId: $planId) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCommentsRead($input: MarkCommentsReadInput!) {\n    markCommentsRead(input: $input) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCommentsRead($input: MarkCommentsReadInput!) {\n    markCommentsRead(input: $input) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: CommentVersionInput!) {\n    deleteComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: CommentVersionInput!) {\n    deleteComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCommentThread($input: CommentVersionInput!) {\n    resolveCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCommentThread($input: CommentVersionInput!) {\n    resolveCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCommentThread($input: CommentVersionInput!) {\n    reopenCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCommentThread($input: CommentVersionInput!) {\n    reopenCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityFeed($planId: ID!, $filter: ActivityFeedFilter) {\n    activityFeed(planId: $planId, filter: $filter) {\n      entries {\n        id\n        occurredAt\n        sentence\n        stage\n        entity\n        action\n        actorName\n        organizationName\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query ActivityFeed($planId: ID!, $filter: ActivityFeedFilter) {\n    activityFeed(planId: $planId, filter: $filter) {\n      entries {\n        id\n        occurredAt\n        sentence\n        stage\n        entity\n        action\n        actorName\n        organizationName\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureImportPreviewFields on FigureImportPreview {\n    importId\n    fileName\n    format\n    encoding\n    delimiter\n    decimalSeparator\n    columns {\n      index\n      header\n      detectedRole\n      samples\n    }\n    mapping {\n      areaColumn\n      periodColumn\n      valueColumns\n      indicatorColumn\n    }\n    indicators {\n      sourceName\n      indicatorId\n      name\n      unit\n      betterDirection\n      rowCount\n    }\n    counts {\n      ...FigureImportCountsFields\n    }\n    toCreate {\n      ...FigureImportRowFields\n    }\n    toUpdate {\n      ...FigureImportRowFields\n    }\n    rejected {\n      rowNumber\n      problem\n      cell\n      hint\n    }\n  }\n"): (typeof documents)["\n  fragment FigureImportPreviewFields on FigureImportPreview {\n    importId\n    fileName\n    format\n    encoding\n    delimiter\n    decimalSeparator\n    columns {\n      index\n      header\n      detectedRole\n      samples\n    }\n    mapping {\n      areaColumn\n      periodColumn\n      valueColumns\n      indicatorColumn\n    }\n    indicators {\n      sourceName\n      indicatorId\n      name\n      unit\n      betterDirection\n      rowCount\n    }\n    counts {\n      ...FigureImportCountsFields\n    }\n    toCreate {\n      ...FigureImportRowFields\n    }\n    toUpdate {\n      ...FigureImportRowFields\n    }\n    rejected {\n      rowNumber\n      problem\n      cell\n      hint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureImportCountsFields on FigureImportCounts {\n    rows\n    create\n    update\n    unchanged\n    skippedMissing\n    skippedOtherArea\n    rejected\n    newIndicators\n  }\n"): (typeof documents)["\n  fragment FigureImportCountsFields on FigureImportCounts {\n    rows\n    create\n    update\n    unchanged\n    skippedMissing\n    skippedOtherArea\n    rejected\n    newIndicators\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureImportRowFields on FigureImportRow {\n    rowNumber\n    indicatorName\n    areaCode\n    areaName\n    period\n    value\n    previousValue\n  }\n"): (typeof documents)["\n  fragment FigureImportRowFields on FigureImportRow {\n    rowNumber\n    indicatorName\n    areaCode\n    areaName\n    period\n    value\n    previousValue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewFigureImport($input: PreviewFigureImportInput!) {\n    previewFigureImport(input: $input) {\n      ...FigureImportPreviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewFigureImport($input: PreviewFigureImportInput!) {\n    previewFigureImport(input: $input) {\n      ...FigureImportPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmFigureImport($input: ConfirmFigureImportInput!) {\n    confirmFigureImport(input: $input) {\n      importId\n      fileName\n      counts {\n        ...FigureImportCountsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmFigureImport($input: ConfirmFigureImportInput!) {\n    confirmFigureImport(input: $input) {\n      importId\n      fileName\n      counts {\n        ...FigureImportCountsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FigureImportPlanIndicators($id: ID!) {\n    plan(id: $id) {\n      id\n      indicators {\n        id\n        name\n        unit\n        betterDirection\n      }\n    }\n  }\n"): (typeof documents)["\n  query FigureImportPlanIndicators($id: ID!) {\n    plan(id: $id) {\n      id\n      indicators {\n        id\n        name\n        unit\n        betterDirection\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PlanMembers($id: ID!, $withInvitations: Boolean!) {\n    plan(id: $id) {\n      id\n      members {\n        id\n        userId\n        displayName\n        email\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      invitations @include(if: $withInvitations) {\n        id\n        email\n        role\n        expiresAt\n        invitedByName\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PlanMembers($id: ID!, $withInvitations: Boolean!) {\n    plan(id: $id) {\n      id\n      members {\n        id\n        userId\n        displayName\n        email\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      invitations @include(if: $withInvitations) {\n        id\n        email\n        role\n        expiresAt\n        invitedByName\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      mailed\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      mailed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    planId\n    planTitle\n    createdAt\n    readAt\n    comment {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    planId\n    planTitle\n    createdAt\n    readAt\n    comment {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 50) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations {\n    adminOrganizations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations {\n    adminOrganizations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n      members {\n        id\n        userId\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n      members {\n        id\n        userId\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ResultIndicatorFields on ResultIndicator {\n    id\n    version\n    baselineValue\n    baselineYear\n    targetValue\n    targetYear\n    targetKind\n    direction\n    progress {\n      latestValue\n      latestPeriod\n      expectedValue\n      progressPct\n      onTrack\n      areaCount\n    }\n  }\n"): (typeof documents)["\n  fragment ResultIndicatorFields on ResultIndicator {\n    id\n    version\n    baselineValue\n    baselineYear\n    targetValue\n    targetYear\n    targetKind\n    direction\n    progress {\n      latestValue\n      latestPeriod\n      expectedValue\n      progressPct\n      onTrack\n      areaCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          ...ResultIndicatorFields\n          indicator {\n            id\n            name\n            unit\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          ...ResultIndicatorFields\n          indicator {\n            id\n            name\n            unit\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      ...ResultIndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      ...ResultIndicatorFields\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Traceability($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n      }\n      indicators {\n        id\n        name\n        unit\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        societalResultId\n        indicatorId\n        baselineValue\n        baselineYear\n        targetValue\n        targetYear\n        targetKind\n        direction\n        progress {\n          latestValue\n          latestPeriod\n          progressPct\n          onTrack\n        }\n      }\n      activities {\n        id\n        name\n        kind\n        executor {\n          id\n          name\n        }\n      }\n      contributions {\n        id\n        activityId\n        societalResultId\n        rationale\n      }\n      qualityChecks {\n        id\n        activityId\n        requirement\n        perspective\n        status\n      }\n      outcomeMeasurements {\n        id\n        activityId\n        period\n        periodEnd\n        goalRealisationPct\n        plannedTerminationPct\n        clientSatisfactionPct\n        respondents\n      }\n      gaps {\n        kind\n        itemId\n        itemType\n        period\n      }\n    }\n  }\n"): (typeof documents)["\n  query Traceability($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n      }\n      indicators {\n        id\n        name\n        unit\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        societalResultId\n        indicatorId\n        baselineValue\n        baselineYear\n        targetValue\n        targetYear\n        targetKind\n        direction\n        progress {\n          latestValue\n          latestPeriod\n          progressPct\n          onTrack\n        }\n      }\n      activities {\n        id\n        name\n        kind\n        executor {\n          id\n          name\n        }\n      }\n      contributions {\n        id\n        activityId\n        societalResultId\n        rationale\n      }\n      qualityChecks {\n        id\n        activityId\n        requirement\n        perspective\n        status\n      }\n      outcomeMeasurements {\n        id\n        activityId\n        period\n        periodEnd\n        goalRealisationPct\n        plannedTerminationPct\n        clientSatisfactionPct\n        respondents\n      }\n      gaps {\n        kind\n        itemId\n        itemType\n        period\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersions($planId: ID!) {\n    planSnapshots(planId: $planId) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n    }\n  }\n"): (typeof documents)["\n  query PlanVersions($planId: ID!) {\n    planSnapshots(planId: $planId) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparePlanVersions($planId: ID!, $from: ID!, $to: ID) {\n    comparePlanVersions(planId: $planId, from: $from, to: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      planChangedFields\n      stages {\n        stage\n        added {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n        changed {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n        removed {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparePlanVersions($planId: ID!, $from: ID!, $to: ID) {\n    comparePlanVersions(planId: $planId, from: $from, to: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      planChangedFields\n      stages {\n        stage\n        added {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n        changed {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n        removed {\n          itemId\n          itemType\n          label\n          changedFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordApproval($input: RecordApprovalInput!) {\n    recordApproval(input: $input) {\n      id\n      decision\n      reason\n      stale\n      givenAt\n      givenByName\n      givenByUserId\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordApproval($input: RecordApprovalInput!) {\n    recordApproval(input: $input) {\n      id\n      decision\n      reason\n      stale\n      givenAt\n      givenByName\n      givenByUserId\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersion($planId: ID!, $id: ID!) {\n    planSnapshot(planId: $planId, id: $id) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      graph\n    }\n  }\n"): (typeof documents)["\n  query PlanVersion($planId: ID!, $id: ID!) {\n    planSnapshot(planId: $planId, id: $id) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n      graph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {\n    changePlanStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {\n    changePlanStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptPlan($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      plan {\n        id\n        status\n        version\n      }\n      snapshot {\n        id\n        number\n        adoptedAt\n        adoptedByName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptPlan($input: AdoptPlanInput!) {\n    adoptPlan(input: $input) {\n      plan {\n        id\n        status\n        version\n      }\n      snapshot {\n        id\n        number\n        adoptedAt\n        adoptedByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workflow($id: ID!) {\n    plan(id: $id) {\n      id\n      status\n      version\n      consultation {\n        cycle\n        agreedCount\n        canAdopt\n        waitingFor {\n          id\n          name\n        }\n        parties {\n          state\n          organization {\n            id\n            name\n            kind\n          }\n          approval {\n            id\n            decision\n            reason\n            givenAt\n            givenByName\n            givenByUserId\n            stale\n            changesSince(first: 50) {\n              sequence\n              action\n              entity\n              entityId\n              label\n              stage\n              changedFields\n              occurredAt\n              userName\n              organizationName\n            }\n          }\n        }\n      }\n    }\n    planSnapshots(planId: $id) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n    }\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Workflow($id: ID!) {\n    plan(id: $id) {\n      id\n      status\n      version\n      consultation {\n        cycle\n        agreedCount\n        canAdopt\n        waitingFor {\n          id\n          name\n        }\n        parties {\n          state\n          organization {\n            id\n            name\n            kind\n          }\n          approval {\n            id\n            decision\n            reason\n            givenAt\n            givenByName\n            givenByUserId\n            stale\n            changesSince(first: 50) {\n              sequence\n              action\n              entity\n              entityId\n              label\n              stage\n              changedFields\n              occurredAt\n              userName\n              organizationName\n            }\n          }\n        }\n      }\n    }\n    planSnapshots(planId: $id) {\n      id\n      number\n      adoptedAt\n      adoptedByName\n    }\n    viewer {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;