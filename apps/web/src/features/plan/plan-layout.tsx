import { useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { AppLink, AppNavLink } from '../../ui/app-link';
import { errorCodeOf } from '../../ui/graphql-errors';
import { PlanStatusBadge } from '../../ui/plan-status-badge';
import { STAGES_IN_ORDER, stagePath } from '../../ui/stages';
import { ErrorAlert, Loading } from '../../ui/states';
import { StageUnreadBadge } from '../comments/stage-comments';
import { usePlanLiveUpdates } from '../live/plan-events';
import { PresenceAvatars, PresenceProvider } from '../live/presence';
import { planAccessOf, PlanContext } from './plan-context';

export const PlanHeaderQuery = graphql(`
  query PlanHeader($id: ID!) {
    plan(id: $id) {
      id
      title
      region
      status
      periodStartYear
      periodEndYear
      version
      eventSequence
      participants {
        id
        name
        kind
      }
      members {
        id
        userId
        role
        organization {
          id
          name
        }
      }
    }
    viewer {
      id
    }
  }
`);

/** Keeps the plan's pages live while it is open; renders nothing. */
function LivePlan({ planId, loadedAtSequence }: { planId: string; loadedAtSequence: number }) {
  usePlanLiveUpdates(planId, loadedAtSequence);
  return null;
}

/** Every page of one plan: its name and status, the plan's menu, and the page itself. */
export function PlanLayout() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PlanHeaderQuery, {
    variables: { id: planId },
  });

  if (loading && !data) return <Loading />;
  if (!data) {
    const code = errorCodeOf(error);
    // A wrong, old or foreign plan id: one answer, that tells nothing about other people's plans.
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN') {
      return (
        <Alert type="warning" role="alert">
          <Paragraph>{t('plan.notFound')}</Paragraph>
          <AppLink to="/">{t('shell.toMyPlans')}</AppLink>
        </Alert>
      );
    }
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const plan = data.plan;
  const base = `/plannen/${plan.id}`;
  const access = planAccessOf(plan.members, data.viewer?.id);

  return (
    <PlanContext.Provider value={{ ...plan, access }}>
      <PresenceProvider planId={plan.id}>
        <LivePlan planId={plan.id} loadedAtSequence={plan.eventSequence} />
        <div className="oogo-plan-header">
          <Paragraph small className="oogo-plan-header__region">
            {plan.region},{' '}
            {t('plans.period', { start: plan.periodStartYear, end: plan.periodEndYear })}
          </Paragraph>
          <Heading1 className="oogo-plan-header__title">{plan.title}</Heading1>
          <PlanStatusBadge status={plan.status} />
          {access.role && (
            <Paragraph small className="oogo-plan-header__role">
              {t('plan.yourRole', {
                role: t(`vocabulary.planRole.${access.role}`),
                organization: access.organizationNames.join(', '),
              })}
            </Paragraph>
          )}
          <PresenceAvatars label={t('presence.inPlan')} />
        </div>
        <div className="oogo-plan">
          <nav className="oogo-plan__nav" aria-label={t('plan.navigation')}>
            <ul>
              <li>
                <AppNavLink to={base} end>
                  {t('plan.kompas')}
                </AppNavLink>
              </li>
              {STAGES_IN_ORDER.map((stage, index) => (
                <li key={stage}>
                  <AppNavLink to={stagePath(plan.id, stage)}>
                    <span className="oogo-stage-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    {t(`vocabulary.stage.${stage}`)}
                    <StageUnreadBadge stage={stage} />
                  </AppNavLink>
                  <PresenceAvatars stage={stage} label={t('presence.onStage')} />
                </li>
              ))}
              <li>
                <AppNavLink to={`${base}/samenhang`}>{t('plan.traceability')}</AppNavLink>
              </li>
              <li>
                <AppNavLink to={`${base}/akkoord`}>{t('plan.workflow')}</AppNavLink>
              </li>
              <li>
                <AppNavLink to={`${base}/deelnemers`}>{t('plan.members')}</AppNavLink>
              </li>
              <li>
                <AppNavLink to={`${base}/wijzigingen`}>{t('plan.feed')}</AppNavLink>
              </li>
              {access.canManage && (
                <li>
                  <AppNavLink to={`${base}/logboek`}>{t('plan.auditTrail')}</AppNavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="oogo-plan__content">
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </div>
        </div>
      </PresenceProvider>
    </PlanContext.Provider>
  );
}
