import { useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { PlanStatusBadge } from '../../ui/plan-status-badge';
import { EmptyState, ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { OrganizationDataDownloads } from '../organization-data/organization-data';

const MyPlansQuery = graphql(`
  query MyPlans {
    plans {
      id
      title
      region
      status
      periodStartYear
      periodEndYear
      participants {
        id
        name
        kind
      }
    }
  }
`);

/** "Mijn plannen": only the plans the user takes part in (the api filters). */
export function PlanListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('plans.title'));
  const { data, loading, error, refetch } = useQuery(MyPlansQuery);

  return (
    <>
      <Heading1>{t('plans.title')}</Heading1>
      <Paragraph lead>{t('plans.intro')}</Paragraph>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !data?.plans.length ? (
        <EmptyState>{t('plans.empty')}</EmptyState>
      ) : (
        <ul className="oogo-card-list">
          {data.plans.map((plan) => (
            <li key={plan.id} className="oogo-card">
              <Heading2 className="oogo-card__title">
                <AppLink to={`/plannen/${plan.id}`}>{plan.title}</AppLink>
              </Heading2>
              <dl className="oogo-facts">
                <div>
                  <dt>{t('plans.region')}</dt>
                  <dd>
                    {plan.region},{' '}
                    {t('plans.period', { start: plan.periodStartYear, end: plan.periodEndYear })}
                  </dd>
                </div>
                <div>
                  <dt>{t('plans.status')}</dt>
                  <dd>
                    <PlanStatusBadge status={plan.status} />
                  </dd>
                </div>
                <div>
                  <dt>{t('plans.participants')}</dt>
                  <dd>{plan.participants.map((organization) => organization.name).join(', ')}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <OrganizationDataDownloads />
    </>
  );
}
