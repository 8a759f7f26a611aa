import { graphql } from '@oogo/web-data-access';

/** One notification: what happened, by whom, in which plan, and where to read it. */
export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    planId
    planTitle
    createdAt
    readAt
    comment {
      id
      planId
      stage
      targetType
      targetId
      threadId
      body
      author {
        userId
        displayName
        organizationName
      }
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
