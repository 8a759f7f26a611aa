import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../ui/app-link';
import { DownloadLinks, planExportUrl } from '../../ui/download-links';
import { stagePath } from '../../ui/stages';
import { EmptyState, ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { usePlan } from '../plan/plan-context';
import { ChainSection } from './traceability-chain';
import { buildTraceModel, NO_EXECUTOR, readTraceSearch } from './traceability-model';
import { Overview } from './traceability-overview';
import { TraceabilityQuery } from './traceability-query';
import './traceability.css';
import './traceability.nl';

/**
 * Samenhang: which activity serves which result, how those results are doing, and where the
 * chain breaks. The state (starting point, filter, view) lives in the URL, so every view is a
 * link: /plannen/<id>/samenhang?activiteit=<id>, ?resultaat=<id>, ?organisatie=<id>.
 */
export function TraceabilityPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  useDocumentTitle(`${t('traceability.title')} – ${plan.title}`);
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(TraceabilityQuery, {
    variables: { id: plan.id },
  });
  const model = useMemo(() => (data ? buildTraceModel(data.plan) : null), [data]);

  const search = useMemo(() => {
    const read = readTraceSearch(params);
    // An organisation that is not (or no longer) in the plan would show nothing: ignore it.
    const organizationId = read.filter.organizationId;
    const known =
      organizationId === null ||
      (organizationId === NO_EXECUTOR
        ? (model?.activitiesWithoutExecutor ?? 0) > 0
        : model?.organizations.some((organization) => organization.id === organizationId));
    return known ? read : { ...read, filter: { ...read.filter, organizationId: null } };
  }, [params, model]);

  const header = (
    <>
      <Heading2 className="oogo-page-title">{t('traceability.title')}</Heading2>
      <Paragraph>{t('traceability.intro')}</Paragraph>
    </>
  );

  if (loading && !data) {
    return (
      <>
        {header}
        <Loading />
      </>
    );
  }
  if (!model) {
    return (
      <>
        {header}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (model.results.length === 0 && model.activities.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          action={
            <p className="oogo-trace-empty-links">
              <AppLink to={stagePath(plan.id, 'SOCIETAL_RESULTS')}>
                {t('traceability.toStage', { stage: t('vocabulary.stage.SOCIETAL_RESULTS') })}
              </AppLink>
              <AppLink to={stagePath(plan.id, 'ACTIVITIES')}>
                {t('traceability.toStage', { stage: t('vocabulary.stage.ACTIVITIES') })}
              </AppLink>
            </p>
          }
        >
          {t('traceability.empty')}
        </EmptyState>
      </>
    );
  }

  return (
    <div className="oogo-trace">
      {header}
      <TraceabilityDownloads planId={plan.id} organizationId={search.filter.organizationId} />
      <ChainSection model={model} search={search} />
      <Overview model={model} search={search} />
    </div>
  );
}

/** The matrix as a file, with the organisation filter the page shows. */
function TraceabilityDownloads({
  planId,
  organizationId,
}: {
  planId: string;
  organizationId: string | null;
}) {
  const { t } = useTranslation();
  const query = { organisatie: organizationId };
  return (
    <DownloadLinks
      label={t(
        organizationId ? 'traceability.download.labelFiltered' : 'traceability.download.label',
      )}
      links={[
        {
          href: planExportUrl(planId, 'samenhang.xlsx', query),
          label: t('traceability.download.xlsx'),
        },
        {
          href: planExportUrl(planId, 'samenhang.csv', query),
          label: t('traceability.download.csv'),
        },
      ]}
    />
  );
}
