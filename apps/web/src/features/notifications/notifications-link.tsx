import type { ApolloCache } from '@apollo/client';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import type { NotificationFieldsFragment } from '@oogo/web-data-access';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppNavLink } from '../../ui/app-link';
import { UnreadBadge } from '../comments/unread-badge';
import {
  NotificationAddedSubscription,
  NotificationFieldsFragment as NotificationFields,
  UnreadNotificationCountQuery,
} from './notifications.operations';
import './notifications.css';

/** Puts a new notification at the top of every list of notifications in the cache. */
function addToLists(cache: ApolloCache, notification: NotificationFieldsFragment) {
  const ref = cache.writeFragment({
    fragment: NotificationFields,
    fragmentName: 'NotificationFields',
    data: notification,
  });
  if (!ref) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      notifications: (existing, { readField }) => {
        const list = existing as readonly { __ref: string }[];
        if (list.some((item) => readField('id', item) === notification.id)) return list;
        return [ref, ...list];
      },
    },
  });
}

/** The bell in the header: "Meldingen" with the unread count, live, for a signed-in person. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery);
  const [announcement, setAnnouncement] = useState('');

  useSubscription(NotificationAddedSubscription, {
    onData: ({ data: event }) => {
      const notification = event.data?.notificationAdded;
      if (!notification) return;
      addToLists(client.cache, notification);
      void refetch();
      setAnnouncement(
        t('notifications.live', {
          text: t(`notifications.kind.${notification.kind}`, {
            name: notification.comment.author?.displayName ?? t('notifications.someone'),
          }),
        }),
      );
    },
  });

  // Back at the computer (a laptop that slept, another tab): what came in meanwhile.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetch]);

  const count = data?.unreadNotificationCount ?? 0;
  return (
    <>
      <AppNavLink to="/meldingen" className="oogo-notifications-link">
        <svg
          className="oogo-notifications-link__bell"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          width="20"
          height="20"
        >
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {t('notifications.link')}
        <UnreadBadge count={count} label={t('notifications.unread', { count })} />
      </AppNavLink>
      <span role="status" className="oogo-visually-hidden">
        {announcement}
      </span>
    </>
  );
}
