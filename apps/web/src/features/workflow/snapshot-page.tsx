import { useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppLink } from '../../ui/app-link';
import { formatDateTime } from '../../ui/format';
import { errorCodeOf } from '../../ui/graphql-errors';
import { ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { AgendaDownload } from '../agenda-export/agenda-download';
import { usePlan } from '../plan/plan-context';
import { useItemWords } from './item-words';
import { readVersion, type VersionStage } from './snapshot-graph';
import { workflowPath } from './workflow-paths';
import './workflow.css';
import './workflow.nl';
import './items.nl';

const PlanVersionQuery = graphql(`
  query PlanVersion($planId: ID!, $id: ID!) {
    planSnapshot(planId: $planId, id: $id) {
      id
      number
      adoptedAt
      adoptedByName
      graph
    }
  }
`);

/** One bouwsteen of a version: per kind of item its names, or how many there were. */
function StageOfVersion({ stage, index }: { stage: VersionStage; index: number }) {
  const { t } = useTranslation();
  const words = useItemWords();
  const headingId = `version-stage-${stage.stage}`;
  return (
    <section aria-labelledby={headingId} className="oogo-version-stage">
      <Heading3 id={headingId} className="oogo-version-stage__title">
        <span className="oogo-stage-number" aria-hidden="true">
          {index + 1}
        </span>
        {t(`vocabulary.stage.${stage.stage}`)}
      </Heading3>
      {stage.count === 0 ? (
        <Paragraph>{t('workflow.snapshot.stageEmpty')}</Paragraph>
      ) : (
        <ul className="oogo-version-groups">
          {stage.groups.map((group) => {
            const heading = t('workflow.snapshot.itemCount', {
              type: words.typePlural(group.type),
              count: group.items.length,
            });
            return (
              <li key={group.type}>
                {group.named ? (
                  <details className="oogo-details">
                    <summary>{heading}</summary>
                    <ul className="oogo-version-items">
                      {group.items.map((item) => (
                        <li key={item.id}>{item.label ?? t('items.unnamed')}</li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <span>{heading}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** `/plannen/<id>/akkoord/versies/<snapshotId>`: an adopted version, read-only, per bouwsteen. */
export function SnapshotPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const { snapshotId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PlanVersionQuery, {
    variables: { planId: plan.id, id: snapshotId },
  });
  const snapshot = data?.planSnapshot;
  const version = useMemo(() => (snapshot ? readVersion(snapshot.graph) : null), [snapshot]);
  useDocumentTitle(
    snapshot
      ? `${t('workflow.versions.name', { number: snapshot.number })} – ${plan.title}`
      : `${t('workflow.title')} – ${plan.title}`,
  );

  const back = <AppLink to={workflowPath(plan.id)}>{t('workflow.snapshot.back')}</AppLink>;
  if (loading && !data) return <Loading />;
  if (!snapshot || !version) {
    const code = errorCodeOf(error);
    return (
      <>
        {code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? (
          <Alert type="warning" role="alert">
            <Paragraph>{t('workflow.snapshot.notFound')}</Paragraph>
          </Alert>
        ) : (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        )}
        <Paragraph>{back}</Paragraph>
      </>
    );
  }

  return (
    <article className="oogo-version-page" aria-labelledby="version-title">
      <Paragraph>{back}</Paragraph>
      <Heading2 id="version-title" className="oogo-page-title">
        {t('workflow.versions.name', { number: snapshot.number })}
      </Heading2>
      <Paragraph>
        {snapshot.adoptedByName
          ? t('workflow.versions.adoptedBy', {
              date: formatDateTime(snapshot.adoptedAt),
              name: snapshot.adoptedByName,
            })
          : t('workflow.versions.adopted', { date: formatDateTime(snapshot.adoptedAt) })}
      </Paragraph>
      <Alert type="info">
        <Paragraph>{t('workflow.snapshot.readOnly')}</Paragraph>
      </Alert>

      <AgendaDownload planId={plan.id} version={snapshot} />

      <dl className="oogo-facts oogo-version-facts">
        <div>
          <dt>{t('workflow.snapshot.planTitle')}</dt>
          <dd>{version.title}</dd>
        </div>
        {version.periodStartYear !== null && version.periodEndYear !== null && (
          <div>
            <dt>{t('workflow.snapshot.period')}</dt>
            <dd>
              {version.region},{' '}
              {t('plans.period', { start: version.periodStartYear, end: version.periodEndYear })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('workflow.snapshot.participants')}</dt>
          <dd>{version.participants.map((organization) => organization.name).join(', ')}</dd>
        </div>
        {version.description && (
          <div>
            <dt>{t('workflow.snapshot.description')}</dt>
            <dd>{version.description}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="version-approvals">
        <Heading3 id="version-approvals">{t('workflow.snapshot.approvalsTitle')}</Heading3>
        {version.approvals.length === 0 ? (
          <Paragraph>{t('workflow.snapshot.noApprovals')}</Paragraph>
        ) : (
          <ul className="oogo-version-approvals">
            {version.approvals.map((approval) => (
              <li key={approval.organizationId}>
                {t('workflow.snapshot.approval', {
                  organization: approval.organizationName,
                  decision:
                    approval.decision === 'AGREE' || approval.decision === 'OBJECT'
                      ? t(`workflow.decisionWord.${approval.decision}`)
                      : approval.decision,
                })}
                {approval.givenByName && approval.givenAt && (
                  <>
                    {' '}
                    {t('workflow.snapshot.approvalBy', {
                      name: approval.givenByName,
                      date: formatDateTime(approval.givenAt),
                    })}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {version.stages.map((stage, index) => (
        <StageOfVersion key={stage.stage} stage={stage} index={index} />
      ))}
    </article>
  );
}
