import { graphql } from '@oogo/web-data-access';

/** One comment as the panel shows it: who, when, the text, its mentions and its state. */
export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    version
    planId
    stage
    targetType
    targetId
    threadId
    body
    createdAt
    editedAt
    deletedAt
    resolvedAt
    author {
      userId
      displayName
      organizationName
    }
    mentions {
      userId
      displayName
    }
    resolvedBy {
      userId
      displayName
      organizationName
    }
  }
`);

/** The threads on a bouwsteen itself (`stage`) or on one item (`targetId`), newest activity first. */
export const CommentThreadsQuery = graphql(`
  query CommentThreads($planId: ID!, $stage: Stage, $targetId: ID) {
    comments(planId: $planId, stage: $stage, targetId: $targetId, first: 200) {
      ...CommentFields
      replies {
        ...CommentFields
      }
    }
  }
`);

/** All threads of a bouwsteen page (the bouwsteen and its items), to count them per item. */
export const StageCommentCountsQuery = graphql(`
  query StageCommentCounts($planId: ID!, $stage: Stage!) {
    comments(planId: $planId, stage: $stage, includeItems: true, first: 200) {
      id
      targetId
      deletedAt
      resolvedAt
      replies {
        id
        deletedAt
      }
    }
  }
`);

/** Who takes part: for @mentions, and to know whether the signed-in person may comment. */
export const MentionableMembersQuery = graphql(`
  query MentionableMembers($planId: ID!) {
    plan(id: $planId) {
      id
      members {
        id
        userId
        displayName
        role
        organization {
          id
          name
        }
      }
    }
  }
`);

export const UnreadCommentCountsQuery = graphql(`
  query UnreadCommentCounts($planId: ID!) {
    unreadCommentCounts(planId: $planId) {
      stage
      targetType
      targetId
      unread
    }
  }
`);

export const MarkCommentsReadMutation = graphql(`
  mutation MarkCommentsRead($input: MarkCommentsReadInput!) {
    markCommentsRead(input: $input) {
      stage
      targetType
      targetId
      unread
    }
  }
`);

export const CreateCommentMutation = graphql(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const ReplyToCommentMutation = graphql(`
  mutation ReplyToComment($input: ReplyToCommentInput!) {
    replyToComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const UpdateCommentMutation = graphql(`
  mutation UpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: CommentVersionInput!) {
    deleteComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const ResolveCommentThreadMutation = graphql(`
  mutation ResolveCommentThread($input: CommentVersionInput!) {
    resolveCommentThread(input: $input) {
      ...CommentFields
    }
  }
`);

export const ReopenCommentThreadMutation = graphql(`
  mutation ReopenCommentThread($input: CommentVersionInput!) {
    reopenCommentThread(input: $input) {
      ...CommentFields
    }
  }
`);
