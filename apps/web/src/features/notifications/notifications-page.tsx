import { useMutation, useQuery } from '@apollo/client/react';
import type { NotificationFieldsFragment } from '@oogo/web-data-access';
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { errorCodeOf } from '../../ui/graphql-errors';
import { EmptyState, ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { useDateTime } from '../comments/date-time';
import { commentsNl } from '../comments/comments.nl';
import { commentPath, excerpt } from '../comments/threads';
import {
  MarkNotificationsReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from './notifications.operations';

type NotificationRow = NotificationFieldsFragment;

function isItemType(type: string | null | undefined): type is keyof typeof commentsNl.itemType {
  return !!type && Object.hasOwn(commentsNl.itemType, type);
}

/** `/meldingen`: mentions and replies, newest first, each with a link to where it was said. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const dateTime = useDateTime();
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadMutation, {
    update: (cache, { data: result }, { variables }) => {
      const readAt = new Date().toISOString();
      for (const id of variables?.input.ids ?? []) {
        cache.modify({
          id: cache.identify({ __typename: 'Notification', id }),
          fields: { readAt: (current) => current ?? readAt },
        });
      }
      if (result) {
        cache.writeQuery({
          query: UnreadNotificationCountQuery,
          data: { unreadNotificationCount: result.markNotificationsRead },
        });
      }
    },
  });

  async function markAsRead(ids: string[], message: string) {
    setFailure(null);
    try {
      await markRead({ variables: { input: { ids } } });
      setNotice(message);
    } catch (reason) {
      setFailure(t(`errors.${errorCodeOf(reason)}`));
    }
  }

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const notifications = data.notifications;
  const unread = notifications.filter((notification) => !notification.readAt);

  function where(notification: NotificationRow) {
    const { comment } = notification;
    const stage = t(`vocabulary.stage.${comment.stage}`);
    const itemType = comment.targetType;
    return isItemType(itemType)
      ? t('notifications.onItem', {
          plan: notification.planTitle,
          stage,
          itemType: t(`comments.itemType.${itemType}`),
        })
      : t('notifications.onStage', { plan: notification.planTitle, stage });
  }

  return (
    <>
      <Heading1>{t('notifications.title')}</Heading1>
      <Paragraph lead>{t('notifications.intro')}</Paragraph>
      <span role="status" className="oogo-comments__notice">
        {notice}
      </span>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {notifications.length === 0 ? (
        <EmptyState>{t('notifications.empty')}</EmptyState>
      ) : (
        <>
          {unread.length > 0 && (
            <Button
              appearance="secondary-action-button"
              disabled={marking}
              onClick={() =>
                void markAsRead(
                  unread.map((notification) => notification.id),
                  t('notifications.allMarkedRead'),
                )
              }
            >
              {t('notifications.markAllRead')}
            </Button>
          )}
          <ol className="oogo-notifications" aria-label={t('notifications.list')}>
            {notifications.map((notification) => {
              const name = notification.comment.author?.displayName ?? t('notifications.someone');
              const isUnread = !notification.readAt;
              return (
                <li
                  key={notification.id}
                  className={`oogo-notification${isUnread ? ' oogo-notification--unread' : ''}`}
                >
                  <Heading2 className="oogo-notification__title">
                    {t(`notifications.kind.${notification.kind}`, { name })}
                  </Heading2>
                  <p className="oogo-notification__meta">
                    {isUnread ? (
                      <StatusBadge status="warning">{t('notifications.unreadLabel')}</StatusBadge>
                    ) : (
                      <span className="oogo-notification__read">
                        {t('notifications.readLabel')}
                      </span>
                    )}{' '}
                    <time dateTime={String(notification.createdAt)}>
                      {dateTime(notification.createdAt)}
                    </time>
                  </p>
                  <p className="oogo-notification__where">{where(notification)}</p>
                  {notification.comment.body && (
                    <blockquote className="oogo-notification__excerpt">
                      {excerpt(notification.comment.body)}
                    </blockquote>
                  )}
                  <div className="oogo-actions">
                    <AppLink
                      to={commentPath(notification.comment)}
                      aria-label={`${t('notifications.open')}: ${t('notifications.from', { name })}`}
                      onClick={() => {
                        if (isUnread) {
                          void markRead({ variables: { input: { ids: [notification.id] } } }).catch(
                            () => undefined,
                          );
                        }
                      }}
                    >
                      {t('notifications.open')}
                    </AppLink>
                    {isUnread && (
                      <Button
                        appearance="subtle-button"
                        aria-label={`${t('notifications.markRead')}: ${t('notifications.from', { name })}`}
                        disabled={marking}
                        onClick={() =>
                          void markAsRead([notification.id], t('notifications.markedRead'))
                        }
                      >
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}
