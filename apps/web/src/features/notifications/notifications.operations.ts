import { graphql } from '@oogo/web-data-access';

/**
 * One notification: what happened, by whom, in which plan, and where to read it; the comment
 * as the comments panel shows it (CommentFields, in comments.operations.ts).
 */
export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    planId
    planTitle
    createdAt
    readAt
    comment {
      ...CommentFields
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 50) {
      ...NotificationFields
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);
