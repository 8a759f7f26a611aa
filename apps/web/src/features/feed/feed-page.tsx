import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { STAGES_IN_ORDER } from '@oogo/shared-domain';
import { graphql } from '@oogo/web-data-access';
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { AppLink } from '../../ui/app-link';
import { SelectField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { LoadMoreFooter, useLoadMore } from '../../ui/load-more';
import { appendPage } from '../../ui/paging';
import { EmptyState, ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { usePlan } from '../plan/plan-context';
import { feedFiltersOf, feedSearchParams, hasFilters, type FeedFilters } from './feed-filters';
import './feed.css';
import './feed.nl';

export const FEED_PAGE_SIZE = 20;

const ActivityFeedQuery = graphql(`
  query ActivityFeed($planId: ID!, $filter: ActivityFeedFilter) {
    activityFeed(planId: $planId, filter: $filter) {
      entries {
        id
        occurredAt
        sentence
        stage
        entity
        action
        actorName
        organizationName
      }
      nextCursor
    }
  }
`);

function FeedFilterForm({
  filters,
  organizations,
  onApply,
}: {
  filters: FeedFilters;
  organizations: readonly { id: string; name: string }[];
  onApply: (filters: FeedFilters) => void;
}) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        stage: z.union([z.literal(''), z.enum(STAGES_IN_ORDER as [string, ...string[]])]),
        organizationId: z.string(),
      }),
    [],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    values: { stage: filters.stage ?? '', organizationId: filters.organizationId ?? '' },
  });
  const onSubmit = handleSubmit((values) =>
    onApply({
      stage: (values.stage || null) as FeedFilters['stage'],
      organizationId: values.organizationId || null,
    }),
  );

  return (
    <form
      noValidate
      role="search"
      aria-label={t('feed.filtersTitle')}
      className="oogo-feed-filters"
      onSubmit={(event) => void onSubmit(event)}
    >
      <SelectField
        label={t('feed.stage')}
        error={formState.errors.stage}
        registration={register('stage')}
        placeholder={t('feed.allStages')}
        options={STAGES_IN_ORDER.map((stage) => ({
          value: stage,
          label: t(`vocabulary.stage.${stage}`),
        }))}
      />
      <SelectField
        label={t('feed.organization')}
        error={formState.errors.organizationId}
        registration={register('organizationId')}
        placeholder={t('feed.allOrganizations')}
        options={organizations.map((organization) => ({
          value: organization.id,
          label: organization.name,
        }))}
      />
      <ButtonGroup className="oogo-feed-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('feed.apply')}
        </Button>
        {hasFilters(filters) && (
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => onApply({ stage: null, organizationId: null })}
          >
            {t('feed.clear')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}

/** `/plannen/<id>/wijzigingen`: what changed, newest first, by bouwsteen and organisation. */
export function FeedPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  useDocumentTitle(`${t('feed.title')} – ${plan.title}`);
  const [searchParams, setSearchParams] = useSearchParams();
  const organizationIds = plan.participants.map((organization) => organization.id);
  const filters = feedFiltersOf(searchParams, organizationIds);
  const filter = {
    stage: filters.stage,
    organizationId: filters.organizationId,
    first: FEED_PAGE_SIZE,
  };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(ActivityFeedQuery, {
    variables: { planId: plan.id, filter },
    // The feed moves on while nobody looks: show what is known, then the latest.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const entries = data?.activityFeed.entries ?? [];
  const nextCursor = data?.activityFeed.nextCursor ?? null;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const { listRef, loadMore, moreError } = useLoadMore(entries.length, (before) =>
    fetchMore({
      variables: { filter: { ...filter, before } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        activityFeed: {
          ...fetchMoreResult.activityFeed,
          entries: appendPage(previous.activityFeed.entries, fetchMoreResult.activityFeed.entries),
        },
      }),
    }),
  );

  return (
    <>
      <Heading2 className="oogo-page-title">{t('feed.title')}</Heading2>
      <Paragraph>{t('feed.intro')}</Paragraph>
      <FeedFilterForm
        filters={filters}
        organizations={plan.participants}
        onApply={(next) => setSearchParams(feedSearchParams(next))}
      />

      <section aria-labelledby="feed-list" className="oogo-feed-section">
        <Heading3 id="feed-list">{t('feed.listTitle')}</Heading3>
        {loading && !data ? (
          <Loading />
        ) : !data ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState
            action={
              hasFilters(filters) ? (
                <AppLink to={{ search: '' }}>{t('feed.clear')}</AppLink>
              ) : undefined
            }
          >
            {hasFilters(filters) ? t('feed.emptyFiltered') : t('feed.empty')}
          </EmptyState>
        ) : (
          <>
            <p role="status" className="oogo-feed__count">
              {nextCursor
                ? t('feed.shownMore', { count: entries.length })
                : t('feed.shown', { count: entries.length })}
            </p>
            <ol ref={listRef} className="oogo-feed">
              {entries.map((entry) => (
                <li key={entry.id} tabIndex={-1} className="oogo-feed__entry">
                  <p className="oogo-feed__sentence">{entry.sentence}</p>
                  <p className="oogo-feed__meta">
                    <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                    {entry.stage && (
                      <span className="oogo-feed__stage">
                        {t(`vocabulary.stage.${entry.stage}`)}
                      </span>
                    )}
                    {entry.actorName && <span>{t('feed.by', { name: entry.actorName })}</span>}
                  </p>
                </li>
              ))}
            </ol>
            <LoadMoreFooter
              error={moreError || error}
              nextCursor={nextCursor}
              loading={loadingMore}
              onLoadMore={(cursor) => void loadMore(cursor)}
              labels={{
                loadMore: t('feed.loadMore'),
                loadingMore: t('feed.loadingMore'),
                end: t('feed.end'),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
