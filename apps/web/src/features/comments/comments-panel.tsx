import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { EmptyState, ErrorAlert, Loading } from '../../ui/states';
import { UnreadNotificationCountQuery } from '../notifications/notifications.operations';
import { usePlan } from '../plan/plan-context';
import { CommentForm } from './comment-form';
import { ThreadView, type ThreadRow } from './comment-thread';
import {
  CommentThreadsQuery,
  CreateCommentMutation,
  MarkCommentsReadMutation,
  StageCommentCountsQuery,
  UnreadCommentCountsQuery,
} from './comments.operations';
import {
  THREAD_FILTERS,
  commentAnchor,
  containsComment,
  filterThreads,
  threadCounts,
  unreadAt,
  type CommentPlace,
  type ThreadFilter,
} from './threads';
import { useCommentRights, useUnreadCommentCounts } from './use-comments';
import './comments.css';

export type PanelPlace = CommentPlace & { targetType?: string };

export interface CommentsPanelProps {
  /** The bouwsteen itself, or one item (with its GraphQL type). */
  place: PanelPlace;
  title: ReactNode;
  intro?: string;
  headingLevel?: number;
  /** The section's id, e.g. for aria-controls of the button that opens it. */
  id?: string;
  /** Focus the heading when shown (opened by its button or by a link to the item). */
  focusOnOpen?: boolean;
}

/** Whether the element is (partly) on screen: comments count as read only once seen. */
function useOnScreen<Element extends HTMLElement>() {
  const [onScreen, setOnScreen] = useState(() => typeof IntersectionObserver === 'undefined');
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback((element: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver((entries) =>
      setOnScreen(entries.some((entry) => entry.isIntersecting)),
    );
    observer.current.observe(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return { ref, onScreen };
}

/**
 * Marks the comments of this place read while the panel is on screen and something on it is
 * unread (again after each new comment), so the badges count down; the api marks the
 * notifications about them read too.
 */
function useMarkReadWhileOnScreen(planId: string, place: PanelPlace, onScreen: boolean) {
  const counts = useUnreadCommentCounts(planId);
  const unread = unreadAt(counts, place);
  const [markRead] = useMutation(MarkCommentsReadMutation, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.writeQuery({
        query: UnreadCommentCountsQuery,
        variables: { planId },
        data: { unreadCommentCounts: data.markCommentsRead },
      });
    },
    refetchQueries: [UnreadNotificationCountQuery],
  });
  const stage = place.targetId === undefined ? place.stage : null;
  const targetId = place.targetId ?? null;
  useEffect(() => {
    if (!onScreen || unread === 0) return;
    void markRead({ variables: { input: { planId, stage, targetId } } }).catch(() => undefined);
  }, [onScreen, unread, planId, stage, targetId, markRead]);
}

/**
 * The comments on a bouwsteen or on one item: the threads (open and resolved, with a filter),
 * a form for a new thread, replying, editing and deleting your own, resolving and reopening.
 * A VIEWER reads and is told plainly why there is no form.
 */
export function CommentsPanel({
  place,
  title,
  intro,
  headingLevel = 3,
  id,
  focusOnOpen,
}: CommentsPanelProps) {
  const { t } = useTranslation();
  const plan = usePlan();
  const headingId = useId();
  const filterName = useId();
  const { hash } = useLocation();
  const rights = useCommentRights(plan.id);
  const variables = {
    planId: plan.id,
    stage: place.targetId === undefined ? place.stage : null,
    targetId: place.targetId ?? null,
  };
  const { data, loading, error, refetch } = useQuery(CommentThreadsQuery, { variables });
  const [createComment] = useMutation(CreateCommentMutation, {
    refetchQueries: [CommentThreadsQuery, StageCommentCountsQuery],
    awaitRefetchQueries: true,
  });
  const [filter, setFilter] = useState<ThreadFilter>('all');
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { ref: sectionRef, onScreen } = useOnScreen<HTMLElement>();
  useMarkReadWhileOnScreen(plan.id, place, onScreen);

  const threads: ThreadRow[] = useMemo(() => data?.comments ?? [], [data]);

  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);

  // A link to one comment (#reactie-<id>, e.g. from a notification): show it, once loaded.
  const shownHash = useRef<string | null>(null);
  useEffect(() => {
    const commentId = hash.startsWith('#reactie-') ? hash.slice('#reactie-'.length) : null;
    if (!commentId || shownHash.current === hash || !containsComment(threads, commentId)) return;
    shownHash.current = hash;
    const element = document.getElementById(commentAnchor(commentId));
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [hash, threads]);

  const counts = threadCounts(threads);
  const shown = filterThreads(threads, filter);

  return (
    <section
      id={id}
      ref={sectionRef}
      className="oogo-comments"
      aria-labelledby={headingId}
      data-testid="comments-panel"
    >
      <Heading
        level={headingLevel}
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="oogo-comments__title"
      >
        {title}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      <span role="status" className="oogo-comments__notice">
        {notice}
      </span>
      {rights.loading ? null : rights.canComment ? (
        <CommentForm
          label={t('comments.newComment')}
          description={rights.mentionable.length ? t('comments.newCommentHelp') : undefined}
          submitLabel={t('comments.post')}
          members={rights.mentionable}
          onSubmit={async (body, mentionUserIds) => {
            await createComment({
              variables: {
                input: {
                  planId: plan.id,
                  ...(place.targetId === undefined
                    ? { stage: place.stage }
                    : { targetId: place.targetId, targetType: place.targetType }),
                  body,
                  mentionUserIds,
                },
              },
            });
            setNotice(t('comments.posted'));
          }}
        />
      ) : (
        <Alert type="info">
          <Paragraph>{t('comments.readOnly')}</Paragraph>
        </Alert>
      )}
      {loading && !data ? (
        <Loading />
      ) : !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : threads.length === 0 ? (
        <EmptyState>{t('comments.empty')}</EmptyState>
      ) : (
        <>
          <Fieldset className="oogo-comments__filter">
            <FieldsetLegend>{t('comments.filter')}</FieldsetLegend>
            <div className="oogo-comments__filter-options">
              {THREAD_FILTERS.map((option) => (
                <div key={option} className="oogo-radio">
                  <RadioButton
                    id={`${filterName}-${option}`}
                    name={filterName}
                    value={option}
                    checked={filter === option}
                    onChange={() => setFilter(option)}
                  />
                  <FormLabel htmlFor={`${filterName}-${option}`} type="radio">
                    {t(`comments.filters.${option}`, { count: counts[option] })}
                  </FormLabel>
                </div>
              ))}
            </div>
          </Fieldset>
          {shown.length === 0 ? (
            <EmptyState>{t('comments.emptyFilter')}</EmptyState>
          ) : (
            <ol className="oogo-threads" aria-labelledby={headingId}>
              {shown.map((thread) => (
                <li key={thread.id}>
                  <ThreadView
                    thread={thread}
                    rights={rights}
                    onNotice={setNotice}
                    onResolvedChanged={() => {
                      // The thread may leave this list; the heading keeps the focus in the panel.
                      if (filter !== 'all') heading.current?.focus();
                    }}
                    onGone={() => heading.current?.focus()}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
