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
    "\n  query PlanMembers($id: ID!, $withInvitations: Boolean!) {\n    plan(id: $id) {\n      id\n      members {\n        id\n        userId\n        displayName\n        email\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      invitations @include(if: $withInvitations) {\n        id\n        email\n        role\n        expiresAt\n        invitedByName\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": typeof types.PlanMembersDocument,
    "\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangePlanMemberRoleDocument,
    "\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n": typeof types.RemovePlanMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      mailed\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n": typeof types.KompasDocument,
    "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n      members {\n        id\n        userId\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": typeof types.PlanHeaderDocument,
    "\n  query MyPlans {\n    plans {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MyPlansDocument,
    "\n  fragment ResultIndicatorFields on ResultIndicator {\n    id\n    version\n    baselineValue\n    baselineYear\n    targetValue\n    targetYear\n    targetKind\n    direction\n    progress {\n      latestValue\n      latestPeriod\n      expectedValue\n      progressPct\n      onTrack\n      areaCount\n    }\n  }\n": typeof types.ResultIndicatorFieldsFragmentDoc,
    "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          ...ResultIndicatorFields\n          indicator {\n            id\n            name\n            unit\n          }\n        }\n      }\n    }\n  }\n": typeof types.SocietalResultsStageDocument,
    "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": typeof types.CreateSocietalResultDocument,
    "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": typeof types.UpdateSocietalResultDocument,
    "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n": typeof types.DeleteSocietalResultDocument,
    "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      ...ResultIndicatorFields\n    }\n  }\n": typeof types.UpdateResultIndicatorDocument,
    "\n  query Traceability($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n      }\n      indicators {\n        id\n        name\n        unit\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        societalResultId\n        indicatorId\n        baselineValue\n        baselineYear\n        targetValue\n        targetYear\n        targetKind\n        direction\n        progress {\n          latestValue\n          latestPeriod\n          progressPct\n          onTrack\n        }\n      }\n      activities {\n        id\n        name\n        kind\n        executor {\n          id\n          name\n        }\n      }\n      contributions {\n        id\n        activityId\n        societalResultId\n        rationale\n      }\n      qualityChecks {\n        id\n        activityId\n        requirement\n        perspective\n        status\n      }\n      outcomeMeasurements {\n        id\n        activityId\n        period\n        periodEnd\n        goalRealisationPct\n        plannedTerminationPct\n        clientSatisfactionPct\n        respondents\n      }\n      gaps {\n        kind\n        itemId\n        itemType\n        period\n      }\n    }\n  }\n": typeof types.TraceabilityDocument,
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
    "\n  query PlanMembers($id: ID!, $withInvitations: Boolean!) {\n    plan(id: $id) {\n      id\n      members {\n        id\n        userId\n        displayName\n        email\n        role\n        since\n        organization {\n          id\n          name\n        }\n      }\n      invitations @include(if: $withInvitations) {\n        id\n        email\n        role\n        expiresAt\n        invitedByName\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": types.PlanMembersDocument,
    "\n  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {\n    changePlanMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangePlanMemberRoleDocument,
    "\n  mutation RemovePlanMember($input: RemovePlanMemberInput!) {\n    removePlanMember(input: $input)\n  }\n": types.RemovePlanMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      mailed\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  query Kompas($id: ID!) {\n    plan(id: $id) {\n      id\n      completeness {\n        stage\n        score\n        reasons {\n          code\n          met\n          count\n          total\n        }\n      }\n      gaps {\n        kind\n        stage\n        itemId\n        itemType\n        period\n      }\n      consultation {\n        agreedCount\n        canAdopt\n        parties {\n          state\n          organization {\n            id\n            name\n          }\n        }\n        waitingFor {\n          id\n          name\n        }\n      }\n      activities {\n        id\n        name\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        indicator {\n          id\n          name\n        }\n      }\n    }\n    comments(planId: $id, resolved: false, first: 200) {\n      id\n      stage\n    }\n  }\n": types.KompasDocument,
    "\n  query PlanHeader($id: ID!) {\n    plan(id: $id) {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      version\n      eventSequence\n      participants {\n        id\n        name\n        kind\n      }\n      members {\n        id\n        userId\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": types.PlanHeaderDocument,
    "\n  query MyPlans {\n    plans {\n      id\n      title\n      region\n      status\n      periodStartYear\n      periodEndYear\n      participants {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MyPlansDocument,
    "\n  fragment ResultIndicatorFields on ResultIndicator {\n    id\n    version\n    baselineValue\n    baselineYear\n    targetValue\n    targetYear\n    targetKind\n    direction\n    progress {\n      latestValue\n      latestPeriod\n      expectedValue\n      progressPct\n      onTrack\n      areaCount\n    }\n  }\n": types.ResultIndicatorFieldsFragmentDoc,
    "\n  query SocietalResultsStage($id: ID!) {\n    plan(id: $id) {\n      id\n      societalResults {\n        id\n        version\n        statement\n        description\n        activities {\n          id\n          name\n        }\n        resultIndicators {\n          ...ResultIndicatorFields\n          indicator {\n            id\n            name\n            unit\n          }\n        }\n      }\n    }\n  }\n": types.SocietalResultsStageDocument,
    "\n  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {\n    createSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": types.CreateSocietalResultDocument,
    "\n  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {\n    updateSocietalResult(input: $input) {\n      id\n      version\n      statement\n      description\n    }\n  }\n": types.UpdateSocietalResultDocument,
    "\n  mutation DeleteSocietalResult($input: ItemVersionInput!) {\n    deleteSocietalResult(input: $input)\n  }\n": types.DeleteSocietalResultDocument,
    "\n  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {\n    updateResultIndicator(input: $input) {\n      ...ResultIndicatorFields\n    }\n  }\n": types.UpdateResultIndicatorDocument,
    "\n  query Traceability($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n      }\n      indicators {\n        id\n        name\n        unit\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        societalResultId\n        indicatorId\n        baselineValue\n        baselineYear\n        targetValue\n        targetYear\n        targetKind\n        direction\n        progress {\n          latestValue\n          latestPeriod\n          progressPct\n          onTrack\n        }\n      }\n      activities {\n        id\n        name\n        kind\n        executor {\n          id\n          name\n        }\n      }\n      contributions {\n        id\n        activityId\n        societalResultId\n        rationale\n      }\n      qualityChecks {\n        id\n        activityId\n        requirement\n        perspective\n        status\n      }\n      outcomeMeasurements {\n        id\n        activityId\n        period\n        periodEnd\n        goalRealisationPct\n        plannedTerminationPct\n        clientSatisfactionPct\n        respondents\n      }\n      gaps {\n        kind\n        itemId\n        itemType\n        period\n      }\n    }\n  }\n": types.TraceabilityDocument,
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
export function graphql(source: "\n  query Traceability($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n      }\n      indicators {\n        id\n        name\n        unit\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        societalResultId\n        indicatorId\n        baselineValue\n        baselineYear\n        targetValue\n        targetYear\n        targetKind\n        direction\n        progress {\n          latestValue\n          latestPeriod\n          progressPct\n          onTrack\n        }\n      }\n      activities {\n        id\n        name\n        kind\n        executor {\n          id\n          name\n        }\n      }\n      contributions {\n        id\n        activityId\n        societalResultId\n        rationale\n      }\n      qualityChecks {\n        id\n        activityId\n        requirement\n        perspective\n        status\n      }\n      outcomeMeasurements {\n        id\n        activityId\n        period\n        periodEnd\n        goalRealisationPct\n        plannedTerminationPct\n        clientSatisfactionPct\n        respondents\n      }\n      gaps {\n        kind\n        itemId\n        itemType\n        period\n      }\n    }\n  }\n"): (typeof documents)["\n  query Traceability($id: ID!) {\n    plan(id: $id) {\n      id\n      participants {\n        id\n        name\n      }\n      indicators {\n        id\n        name\n        unit\n      }\n      societalResults {\n        id\n        statement\n      }\n      resultIndicators {\n        id\n        societalResultId\n        indicatorId\n        baselineValue\n        baselineYear\n        targetValue\n        targetYear\n        targetKind\n        direction\n        progress {\n          latestValue\n          latestPeriod\n          progressPct\n          onTrack\n        }\n      }\n      activities {\n        id\n        name\n        kind\n        executor {\n          id\n          name\n        }\n      }\n      contributions {\n        id\n        activityId\n        societalResultId\n        rationale\n      }\n      qualityChecks {\n        id\n        activityId\n        requirement\n        perspective\n        status\n      }\n      outcomeMeasurements {\n        id\n        activityId\n        period\n        periodEnd\n        goalRealisationPct\n        plannedTerminationPct\n        clientSatisfactionPct\n        respondents\n      }\n      gaps {\n        kind\n        itemId\n        itemType\n        period\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;