import { useQuery } from '@apollo/client/react';
import { graphql, type ComparePlanVersionsQuery } from '@oogo/web-data-access';
import {
  Alert,
  Heading2,
  Heading3,
  Heading4,
  Heading5,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../ui/app-link';
import { errorCodeOf } from '../../ui/graphql-errors';
import { EmptyState, ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { usePlan } from '../plan/plan-context';
import { CompareForm } from './compare-form';
import { useItemWords } from './item-words';
import { differenceCount } from './snapshot-graph';
import { comparedVersions, workflowPath } from './workflow-paths';
import './workflow.css';
import './workflow.nl';
import './items.nl';

const PlanVersionsQuery = graphql(`
  query PlanVersions($planId: ID!) {
    planSnapshots(planId: $planId) {
      id
      number
      adoptedAt
      adoptedByName
    }
  }
`);

const ComparePlanVersionsQuery = graphql(`
  query ComparePlanVersions($planId: ID!, $from: ID!, $to: ID) {
    comparePlanVersions(planId: $planId, from: $from, to: $to) {
      from {
        id
        number
      }
      to {
        id
        number
      }
      planChangedFields
      stages {
        stage
        added {
          itemId
          itemType
          label
          changedFields
        }
        changed {
          itemId
          itemType
          label
          changedFields
        }
        removed {
          itemId
          itemType
          label
          changedFields
        }
      }
    }
  }
`);

type Comparison = ComparePlanVersionsQuery['comparePlanVersions'];
type StageComparison = Comparison['stages'][number];
type ComparedItem = StageComparison['added'][number];

const KINDS = ['added', 'changed', 'removed'] as const;

function ComparedItems({ kind, items }: { kind: (typeof KINDS)[number]; items: ComparedItem[] }) {
  const { t } = useTranslation();
  const words = useItemWords();
  if (items.length === 0) return null;
  return (
    <div className={`oogo-compared oogo-compared--${kind}`}>
      <Heading5>
        {t(`workflow.compare.${kind}`)} ({items.length})
      </Heading5>
      <ul>
        {items.map((item) => (
          <li key={`${item.itemType}-${item.itemId}`}>
            {words.item(item.itemType, item.label)}
            {kind === 'changed' && item.changedFields.length > 0 && (
              <>
                :{' '}
                {t('workflow.compare.changedFields', { fields: words.fields(item.changedFields) })}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ComparedStage({ stage, index }: { stage: StageComparison; index: number }) {
  const { t } = useTranslation();
  const headingId = `compare-stage-${stage.stage}`;
  const count = differenceCount(stage);
  return (
    <section aria-labelledby={headingId} className="oogo-version-stage">
      <Heading4 id={headingId} className="oogo-version-stage__title">
        <span className="oogo-stage-number" aria-hidden="true">
          {index + 1}
        </span>
        {t(`vocabulary.stage.${stage.stage}`)}
      </Heading4>
      {count === 0 ? (
        <Paragraph>{t('workflow.compare.stageSame')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('workflow.compare.stageSummary', {
              added: stage.added.length,
              changed: stage.changed.length,
              removed: stage.removed.length,
            })}
          </Paragraph>
          {KINDS.map((kind) => (
            <ComparedItems key={kind} kind={kind} items={stage[kind]} />
          ))}
        </>
      )}
    </section>
  );
}

function ComparisonResult({
  planId,
  from,
  to,
}: {
  planId: string;
  from: string;
  to: string | null;
}) {
  const { t } = useTranslation();
  const words = useItemWords();
  const { data, loading, error, refetch } = useQuery(ComparePlanVersionsQuery, {
    variables: { planId, from, to },
    // "The plan as it is now" changes: never show an old comparison with it.
    fetchPolicy: to === null ? 'network-only' : 'cache-first',
  });
  if (loading && !data) return <Loading />;
  if (!data) {
    const code = errorCodeOf(error);
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? (
      <Alert type="warning" role="alert">
        <Paragraph>{t('workflow.compare.notFound')}</Paragraph>
      </Alert>
    ) : (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    );
  }
  const comparison = data.comparePlanVersions;
  const fromName = t('workflow.versions.name', { number: comparison.from.number });
  const toName = comparison.to
    ? t('workflow.versions.name', { number: comparison.to.number })
    : t('workflow.compare.current');
  const total = comparison.stages.reduce((sum, stage) => sum + differenceCount(stage), 0);

  return (
    <section aria-labelledby="compare-result" className="oogo-workflow-section">
      <Heading3 id="compare-result">
        {t('workflow.compare.heading', { from: fromName, to: toName })}
      </Heading3>
      {comparison.planChangedFields.length > 0 && (
        <Paragraph>
          {t('workflow.compare.planChanged', {
            fields: words.fields(comparison.planChangedFields),
          })}
        </Paragraph>
      )}
      {total === 0 && comparison.planChangedFields.length === 0 ? (
        <EmptyState>{t('workflow.compare.noDifferences')}</EmptyState>
      ) : (
        comparison.stages.map((stage, index) => (
          <ComparedStage key={stage.stage} stage={stage} index={index} />
        ))
      )}
    </section>
  );
}

/** `/plannen/<id>/akkoord/vergelijken?van=…&naar=…`: what differs between two versions. */
export function ComparePage() {
  const { t } = useTranslation();
  const plan = usePlan();
  useDocumentTitle(`${t('workflow.compare.title')} – ${plan.title}`);
  const [searchParams] = useSearchParams();
  const { from, to } = comparedVersions(searchParams);
  const { data, loading, error, refetch } = useQuery(PlanVersionsQuery, {
    variables: { planId: plan.id },
  });

  return (
    <>
      <Paragraph>
        <AppLink to={workflowPath(plan.id)}>{t('workflow.compare.back')}</AppLink>
      </Paragraph>
      <Heading2 className="oogo-page-title">{t('workflow.compare.title')}</Heading2>
      {loading && !data ? (
        <Loading />
      ) : !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : data.planSnapshots.length === 0 ? (
        <EmptyState>{t('workflow.versions.empty')}</EmptyState>
      ) : (
        <>
          <Paragraph>{t('workflow.versions.compareIntro')}</Paragraph>
          <CompareForm planId={plan.id} versions={data.planSnapshots} from={from} to={to} />
          {from ? (
            <ComparisonResult planId={plan.id} from={from} to={to} />
          ) : (
            <Paragraph>{t('workflow.compare.choose')}</Paragraph>
          )}
        </>
      )}
    </>
  );
}
