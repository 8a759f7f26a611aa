import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql, type AuditTrailQuery } from '@oogo/web-data-access';
import {
  Alert,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nl } from '../../i18n/nl';
import { workflowNl } from '../workflow/workflow.nl';
import { formatDateTime } from '../../ui/format';
import { errorCodeOf } from '../../ui/graphql-errors';
import { LoadMoreFooter, useLoadMore } from '../../ui/load-more';
import { appendPage } from '../../ui/paging';
import { EmptyState, ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { usePlan } from '../plan/plan-context';
import { useItemWords } from '../workflow/item-words';
import { readableValue, shownChanges, type CodeWord, type ValueWords } from './audit-values';
import './audit.css';
import './audit.nl';

export const AUDIT_PAGE_SIZE = 20;

const isKeyOf = <Key extends string>(
  dictionary: Readonly<Record<Key, unknown>>,
  code: string,
): code is Key => Object.prototype.hasOwnProperty.call(dictionary, code);

const AuditTrailQuery = graphql(`
  query AuditTrail($planId: ID!, $first: Int!, $before: String) {
    auditTrail(planId: $planId, first: $first, before: $before) {
      events {
        id
        occurredAt
        entity
        entityId
        action
        userName
        organizationId
        requestId
        changes {
          field
          before
          after
        }
      }
      nextCursor
    }
  }
`);

type AuditEvent = AuditTrailQuery['auditTrail']['events'][number];

function AuditEntry({
  event,
  names,
  valueWords,
  codeWords,
}: {
  event: AuditEvent;
  names: ReadonlyMap<string, string>;
  valueWords: ValueWords;
  codeWords: Readonly<Record<string, CodeWord>>;
}) {
  const { t } = useTranslation();
  const words = useItemWords();
  const organization = event.organizationId ? names.get(event.organizationId) : undefined;
  const changes = shownChanges(event.changes);
  return (
    <li tabIndex={-1} className="oogo-audit__entry">
      <p className="oogo-audit__what">
        {t('audit.what', { item: words.type(event.entity), action: words.action(event.action) })}
      </p>
      <p className="oogo-audit__meta">
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
        <span>
          {event.userName ?? t('audit.unknownPerson')}
          {organization && <> {t('audit.forOrganization', { organization })}</>}
        </span>
      </p>
      {changes.length === 0 ? (
        <Paragraph small>{t('audit.noFieldChanges')}</Paragraph>
      ) : (
        <div className="oogo-audit__table">
          <Table>
            <TableCaption className="oogo-visually-hidden">
              {t('audit.changesCaption')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('audit.field')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.before')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.after')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {changes.map((change) => {
                const options = { codeWord: codeWords[change.field] };
                return (
                  <TableRow key={change.field}>
                    <TableHeaderCell scope="row">{words.field(change.field)}</TableHeaderCell>
                    <TableCell>
                      {readableValue(change.before, valueWords, names, options)}
                    </TableCell>
                    <TableCell>{readableValue(change.after, valueWords, names, options)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {event.requestId && (
        <Paragraph small className="oogo-audit__request">
          {t('audit.requestId', { id: event.requestId })}
        </Paragraph>
      )}
    </li>
  );
}

/**
 * `/plannen/<id>/logboek`: the audit trail, newest first, for the coordinator. The api does
 * not tell the page the viewer's role, so others see the server's refusal in words.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  useDocumentTitle(`${t('audit.title')} – ${plan.title}`);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(AuditTrailQuery, {
    variables: { planId: plan.id, first: AUDIT_PAGE_SIZE, before: null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const names = useMemo(
    () => new Map(plan.participants.map((organization) => [organization.id, organization.name])),
    [plan.participants],
  );
  const valueWords = useMemo(
    () => ({ empty: t('audit.emptyValue'), yes: t('audit.yes'), no: t('audit.no') }),
    [t],
  );
  // The codes the app has words for, per field; other codes are shown as they are.
  const codeWords = useMemo<Record<string, CodeWord>>(
    () => ({
      status: (code) =>
        isKeyOf(nl.vocabulary.planStatus, code) ? t(`vocabulary.planStatus.${code}`) : undefined,
      role: (code) =>
        isKeyOf(nl.vocabulary.planRole, code) ? t(`vocabulary.planRole.${code}`) : undefined,
      decision: (code) =>
        isKeyOf(workflowNl.decisionWord, code) ? t(`workflow.decisionWord.${code}`) : undefined,
    }),
    [t],
  );
  const events = data?.auditTrail.events ?? [];
  const nextCursor = data?.auditTrail.nextCursor ?? null;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const { listRef, loadMore, moreError } = useLoadMore(events.length, (before) =>
    fetchMore({
      variables: { before },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditTrail: {
          ...fetchMoreResult.auditTrail,
          events: appendPage(previous.auditTrail.events, fetchMoreResult.auditTrail.events),
        },
      }),
    }),
  );

  const heading = (
    <>
      <Heading2 className="oogo-page-title">{t('audit.title')}</Heading2>
      <Paragraph>{t('audit.intro')}</Paragraph>
    </>
  );
  if (loading && !data) {
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {heading}
        {errorCodeOf(error) === 'FORBIDDEN' ? (
          <Alert type="warning" role="alert">
            <Paragraph>{t('audit.forbidden')}</Paragraph>
          </Alert>
        ) : (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }

  return (
    <>
      {heading}
      <section aria-labelledby="audit-list" className="oogo-audit-section">
        <Heading3 id="audit-list">{t('audit.listTitle')}</Heading3>
        {events.length === 0 ? (
          <EmptyState>{t('audit.empty')}</EmptyState>
        ) : (
          <>
            <p role="status" className="oogo-audit__count">
              {nextCursor
                ? t('audit.shownMore', { count: events.length })
                : t('audit.shown', { count: events.length })}
            </p>
            <ol ref={listRef} className="oogo-audit">
              {events.map((event) => (
                <AuditEntry
                  key={event.id}
                  event={event}
                  names={names}
                  valueWords={valueWords}
                  codeWords={codeWords}
                />
              ))}
            </ol>
            <LoadMoreFooter
              error={moreError || error}
              nextCursor={nextCursor}
              loading={loadingMore}
              onLoadMore={(cursor) => void loadMore(cursor)}
              labels={{
                loadMore: t('audit.loadMore'),
                loadingMore: t('audit.loadingMore'),
                end: t('audit.end'),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
