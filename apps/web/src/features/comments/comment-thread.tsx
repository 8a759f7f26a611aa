import { useApolloClient, useMutation } from '@apollo/client/react';
import type { CommentFieldsFragment } from '@oogo/web-data-access';
import { Alert, Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../ui/graphql-errors';
import { ConfirmButton } from '../editing/confirm-button';
import { CommentForm } from './comment-form';
import { useDateTime } from './date-time';
import {
  CommentThreadsQuery,
  DeleteCommentMutation,
  ReopenCommentThreadMutation,
  ReplyToCommentMutation,
  ResolveCommentThreadMutation,
  StageCommentCountsQuery,
  UpdateCommentMutation,
} from './comments.operations';
import { splitMentions } from './mentions';
import { commentAnchor, isResolved, liveCommentCount } from './threads';
import type { CommentRights } from './use-comments';

export type CommentRow = CommentFieldsFragment;
export type ThreadRow = CommentRow & { replies: CommentRow[] };

/** Refetched after a change the cache cannot follow by itself (a new or deleted comment). */
const LISTS = [CommentThreadsQuery, StageCommentCountsQuery];

/**
 * Runs a change to a comment; after a CONFLICT (someone changed it first) the threads are
 * fetched again, so that trying again starts from what is there now.
 */
function useWithFreshVersion() {
  const client = useApolloClient();
  return useCallback(
    async (change: () => Promise<unknown>) => {
      try {
        await change();
      } catch (error) {
        if (errorCodeOf(error) === 'CONFLICT') {
          void client.refetchQueries({ include: [CommentThreadsQuery] });
        }
        throw error;
      }
    },
    [client],
  );
}

/** Focuses the element once it is there again, when asked to (after a form closes). */
function useReturnFocus() {
  const [wanted, setWanted] = useState(false);
  const focusTarget = useCallback(
    (element: HTMLElement | null) => {
      if (element && wanted) element.focus();
    },
    [wanted],
  );
  return [focusTarget, () => setWanted(true), () => setWanted(false)] as const;
}

/** The author's name, or `unknown` for an account that no longer exists. */
function authorName(comment: CommentRow, unknown: string): string {
  return comment.author?.displayName ?? unknown;
}

/** The text with each "@Name" of a mentioned member marked. */
function CommentBody({ comment }: { comment: CommentRow }) {
  const parts = splitMentions(
    comment.body ?? '',
    comment.mentions.map((person) => person.displayName),
  );
  return (
    <p className="oogo-comment__body">
      {parts.map((part, index) =>
        part.mention ? (
          <strong key={index} className="oogo-mention-text">
            {part.text}
          </strong>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

interface CommentViewProps {
  comment: CommentRow;
  rights: CommentRights;
  onNotice: (message: string) => void;
  /** After deleting it: where the focus goes now its buttons are gone. */
  onDeleted: (commentId: string) => void;
}

/** One comment: who wrote it for which organisation, when, the text; edit or delete your own. */
function CommentView({ comment, rights, onNotice, onDeleted }: CommentViewProps) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [editing, setEditing] = useState(false);
  const [editButtonRef, focusEditButton, clearEditFocus] = useReturnFocus();
  const [updateComment] = useMutation(UpdateCommentMutation);
  const [deleteComment] = useMutation(DeleteCommentMutation, { refetchQueries: LISTS });
  const withFreshVersion = useWithFreshVersion();
  const deleted = comment.deletedAt !== null && comment.deletedAt !== undefined;
  const own = comment.author?.userId !== undefined && comment.author.userId === rights.viewerId;
  const at = dateTime(comment.createdAt);
  const which = own
    ? t('comments.ownComment', { at })
    : t('comments.commentOf', { name: authorName(comment, t('comments.unknownAuthor')), at });
  const canEdit = rights.canComment && own && !deleted;
  const canDelete = rights.canComment && (own || rights.canModerate) && !deleted;

  return (
    <div id={commentAnchor(comment.id)} className="oogo-comment" tabIndex={-1}>
      <p className="oogo-comment__meta">
        <span className="oogo-comment__author">
          {authorName(comment, t('comments.unknownAuthor'))}
        </span>
        {comment.author?.organizationName && (
          <span className="oogo-comment__organization"> ({comment.author.organizationName})</span>
        )}
        <span aria-hidden="true"> · </span>
        <time dateTime={String(comment.createdAt)}>{at}</time>
        {comment.editedAt != null && !deleted && (
          <span
            className="oogo-comment__edited"
            title={t('comments.editedAt', { at: dateTime(comment.editedAt) })}
          >
            {' '}
            ({t('comments.edited')})
          </span>
        )}
      </p>
      {deleted ? (
        <p className="oogo-comment__deleted">{t('comments.deleted')}</p>
      ) : editing ? (
        <CommentForm
          label={t('comments.editLabel')}
          submitLabel={t('editing.save')}
          members={rights.mentionable}
          initial={{ body: comment.body ?? '', mentions: comment.mentions }}
          focusOnOpen
          onSubmit={async (body, mentionUserIds) => {
            await withFreshVersion(() =>
              updateComment({
                variables: {
                  input: { id: comment.id, version: comment.version, body, mentionUserIds },
                },
              }),
            );
            setEditing(false);
            focusEditButton();
            onNotice(t('comments.saved'));
          }}
          onCancel={() => {
            setEditing(false);
            focusEditButton();
          }}
        />
      ) : (
        <CommentBody comment={comment} />
      )}
      {!editing && (canEdit || canDelete) && (
        <div className="oogo-actions oogo-comment__actions">
          {canEdit && (
            <Button
              ref={editButtonRef}
              appearance="subtle-button"
              aria-label={`${t('editing.edit')}: ${which}`}
              onClick={() => {
                clearEditFocus();
                setEditing(true);
              }}
            >
              {t('editing.edit')}
            </Button>
          )}
          {canDelete && (
            <ConfirmButton
              danger
              label={t('editing.delete')}
              accessibleLabel={`${t('editing.delete')}: ${which}`}
              question={t('comments.deleteQuestion')}
              confirmLabel={t('editing.deleteConfirm')}
              onConfirm={async () => {
                await withFreshVersion(() =>
                  deleteComment({
                    variables: { input: { id: comment.id, version: comment.version } },
                  }),
                );
                onDeleted(comment.id);
                onNotice(t('comments.deletedNotice'));
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}

interface ThreadViewProps {
  thread: ThreadRow;
  rights: CommentRights;
  onNotice: (message: string) => void;
  /** After resolving or reopening, when the thread may leave the filtered list. */
  onResolvedChanged: () => void;
  /** Its last comment was deleted: the thread leaves the list. */
  onGone: () => void;
}

/** A thread: its state (open or resolved, in words), the first comment, the replies, and replying. */
export function ThreadView({
  thread,
  rights,
  onNotice,
  onResolvedChanged,
  onGone,
}: ThreadViewProps) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const titleId = useId();
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replyButtonRef, focusReplyButton, clearReplyFocus] = useReturnFocus();
  const [reply] = useMutation(ReplyToCommentMutation, {
    refetchQueries: LISTS,
    awaitRefetchQueries: true,
  });
  const [resolve, { loading: resolving }] = useMutation(ResolveCommentThreadMutation);
  const [reopen, { loading: reopening }] = useMutation(ReopenCommentThreadMutation);
  const withFreshVersion = useWithFreshVersion();
  const resolved = isResolved(thread);
  const threadOf = t('comments.threadOf', {
    name: authorName(thread, t('comments.unknownAuthor')),
  });

  function afterDelete(commentId: string) {
    // The last comment with a text is gone: the api leaves the thread out.
    if (liveCommentCount(thread) <= 1) onGone();
    else document.getElementById(commentAnchor(commentId))?.focus();
  }

  async function toggleResolved() {
    setError(null);
    const input = { id: thread.id, version: thread.version };
    try {
      await withFreshVersion(() =>
        resolved ? reopen({ variables: { input } }) : resolve({ variables: { input } }),
      );
      onNotice(resolved ? t('comments.reopenedNotice') : t('comments.resolvedNotice'));
      onResolvedChanged();
    } catch (failure) {
      const code = errorCodeOf(failure);
      setError(code === 'CONFLICT' ? t('comments.changedMeanwhile') : t(`errors.${code}`));
    }
  }

  return (
    <article
      className={`oogo-thread${resolved ? ' oogo-thread--resolved' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="oogo-thread__state">
        <span id={titleId} className="oogo-visually-hidden">
          {t('comments.thread', { name: authorName(thread, t('comments.unknownAuthor')) })}
        </span>
        <StatusBadge status={resolved ? 'safe' : 'neutral'}>
          {resolved ? `✓ ${t('comments.stateResolved')}` : t('comments.stateOpen')}
        </StatusBadge>
        {resolved && thread.resolvedBy && (
          <span className="oogo-thread__resolved-by">
            {t('comments.resolvedBy', {
              name: thread.resolvedBy.displayName,
              at: dateTime(thread.resolvedAt),
            })}
          </span>
        )}
      </div>
      <CommentView comment={thread} rights={rights} onNotice={onNotice} onDeleted={afterDelete} />
      {thread.replies.length > 0 && (
        <ol className="oogo-thread__replies" aria-label={t('comments.replies')}>
          {thread.replies.map((comment) => (
            <li key={comment.id}>
              <CommentView
                comment={comment}
                rights={rights}
                onNotice={onNotice}
                onDeleted={afterDelete}
              />
            </li>
          ))}
        </ol>
      )}
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {rights.canComment &&
        (replying ? (
          <CommentForm
            label={t('comments.replyLabel')}
            submitLabel={t('comments.sendReply')}
            members={rights.mentionable}
            focusOnOpen
            onSubmit={async (body, mentionUserIds) => {
              await reply({ variables: { input: { commentId: thread.id, body, mentionUserIds } } });
              setReplying(false);
              focusReplyButton();
              onNotice(t('comments.replied'));
            }}
            onCancel={() => {
              setReplying(false);
              focusReplyButton();
            }}
          />
        ) : (
          <div className="oogo-actions">
            <Button
              ref={replyButtonRef}
              appearance="secondary-action-button"
              aria-label={`${t('comments.reply')}: ${threadOf}`}
              onClick={() => {
                clearReplyFocus();
                setReplying(true);
              }}
            >
              {t('comments.reply')}
            </Button>
            <Button
              appearance="subtle-button"
              aria-label={`${resolved ? t('comments.reopen') : t('comments.resolve')}: ${threadOf}`}
              disabled={resolving || reopening}
              onClick={() => void toggleResolved()}
            >
              {resolved ? t('comments.reopen') : t('comments.resolve')}
            </Button>
          </div>
        ))}
    </article>
  );
}
