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
    "\n  fragment CommentFields on Comment {\n    id\n    version\n    planId\n    stage\n    targetType\n    targetId\n    threadId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    resolvedAt\n    author {\n      userId\n      displayName\n      organizationName\n    }\n    mentions {\n      userId\n      displayName\n    }\n    resolvedBy {\n      userId\n      displayName\n      organizationName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query CommentThreads($planId: ID!, $stage: Stage, $targetId: ID) {\n    comments(planId: $planId, stage: $stage, targetId: $targetId, first: 200) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.CommentThreadsDocument,
    "\n  query StageCommentCounts($planId: ID!, $stage: Stage!) {\n    comments(planId: $planId, stage: $stage, includeItems: true, first: 200) {\n      id\n      targetId\n      deletedAt\n      resolvedAt\n      replies {\n        id\n        deletedAt\n      }\n    }\n  }\n": typeof types.StageCommentCountsDocument,
    "\n  query PlanMembers($planId: ID!) {\n    plan(id: $planId) {\n      id\n      members {\n        id\n        userId\n        displayName\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PlanMembersDocument,
    "\n  query UnreadCommentCounts($planId: ID!) {\n    unreadCommentCounts(planId: $planId) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n": typeof types.UnreadCommentCountsDocument,
    "\n  mutation MarkCommentsRead($input: MarkCommentsReadInput!) {\n    markCommentsRead(input: $input) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n": typeof types.MarkCommentsReadDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.CreateCommentDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ReplyToCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation DeleteComment($input: CommentVersionInput!) {\n    deleteComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation ResolveCommentThread($input: CommentVersionInput!) {\n    resolveCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ResolveCommentThreadDocument,
    "\n  mutation ReopenCommentThread($input: CommentVersionInput!) {\n    reopenCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ReopenCommentThreadDocument,
    "\n  subscription PlanEvents($planId: ID!, $afterSequence: Int) {\n    planEvents(planId: $planId, afterSequence: $afterSequence) {\n      planId\n      sequence\n      kind\n      entity\n      entityId\n      action\n      changedFields\n      item\n      actor {\n        userId\n        displayName\n        organizationName\n      }\n    }\n  }\n": typeof types.PlanEventsDocument,
    "\n  subscription PlanPresence($planId: ID!) {\n    planPresence(planId: $planId) {\n      planId\n      clientId\n      people {\n        clientId\n        userId\n        displayName\n        organizationName\n        stage\n        itemId\n        field\n      }\n    }\n  }\n": typeof types.PlanPresenceDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input)\n  }\n": typeof types.UpdatePresenceDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    planId\n    planTitle\n    createdAt\n    readAt\n    comment {\n      ...CommentFields\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications {\n    notifications(first: 50) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n": typeof types.KompasDocument,
    "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PlanHeaderDocument,
    "\n  query MyPlans {\n    plans {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MyPlansDocument,
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
    "\n  fragment CommentFields on Comment {\n    id\n    version\n    planId\n    stage\n    targetType\n    targetId\n    threadId\n    body\n    createdAt\n    editedAt\n    deletedAt\n    resolvedAt\n    author {\n      userId\n      displayName\n      organizationName\n    }\n    mentions {\n      userId\n      displayName\n    }\n    resolvedBy {\n      userId\n      displayName\n      organizationName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query CommentThreads($planId: ID!, $stage: Stage, $targetId: ID) {\n    comments(planId: $planId, stage: $stage, targetId: $targetId, first: 200) {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n": types.CommentThreadsDocument,
    "\n  query StageCommentCounts($planId: ID!, $stage: Stage!) {\n    comments(planId: $planId, stage: $stage, includeItems: true, first: 200) {\n      id\n      targetId\n      deletedAt\n      resolvedAt\n      replies {\n        id\n        deletedAt\n      }\n    }\n  }\n": types.StageCommentCountsDocument,
    "\n  query PlanMembers($planId: ID!) {\n    plan(id: $planId) {\n      id\n      members {\n        id\n        userId\n        displayName\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PlanMembersDocument,
    "\n  query UnreadCommentCounts($planId: ID!) {\n    unreadCommentCounts(planId: $planId) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n": types.UnreadCommentCountsDocument,
    "\n  mutation MarkCommentsRead($input: MarkCommentsReadInput!) {\n    markCommentsRead(input: $input) {\n      stage\n      targetType\n      targetId\n      unread\n    }\n  }\n": types.MarkCommentsReadDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.CreateCommentDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ReplyToCommentDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation DeleteComment($input: CommentVersionInput!) {\n    deleteComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation ResolveCommentThread($input: CommentVersionInput!) {\n    resolveCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ResolveCommentThreadDocument,
    "\n  mutation ReopenCommentThread($input: CommentVersionInput!) {\n    reopenCommentThread(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ReopenCommentThreadDocument,
    "\n  subscription PlanEvents($planId: ID!, $afterSequence: Int) {\n    planEvents(planId: $planId, afterSequence: $afterSequence) {\n      planId\n      sequence\n      kind\n      entity\n      entityId\n      action\n      changedFields\n      item\n      actor {\n        userId\n        displayName\n        organizationName\n      }\n    }\n  }\n": types.PlanEventsDocument,
    "\n  subscription PlanPresence($planId: ID!) {\n    planPresence(planId: $planId) {\n      planId\n      clientId\n      people {\n        clientId\n        userId\n        displayName\n        organizationName\n        stage\n        itemId\n        field\n      }\n    }\n  }\n": types.PlanPresenceDocument,
    "\n  mutation UpdatePresence($input: UpdatePresenceInput!) {\n    updatePresence(input: $input)\n  }\n": types.UpdatePresenceDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    planId\n    planTitle\n    createdAt\n    readAt\n    comment {\n      ...CommentFields\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications {\n    notifications(first: 50) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n": types.KompasDocument,
    "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PlanHeaderDocument,
    "\n  query MyPlans {\n    plans {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MyPlansDocument,
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
export function graphql(source: "\n  query PlanMembers($planId: ID!) {\n    plan(id: $planId) {\n      id\n      members {\n        id\n        userId\n        displayName\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanMembers($planId: ID!) {\n    plan(id: $planId) {\n      id\n      members {\n        id\n        userId\n        displayName\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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