import { useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { AgendaDownload } from '../agenda-export/agenda-download';
import { usePlan } from '../plan/plan-context';
import { DecisionForm } from './decision-form';
import { PartiesSection } from './parties-section';
import { StatusSection } from './status-section';
import { VersionsSection } from './versions-section';
import './workflow.css';
import './workflow.nl';
import './items.nl';

export const WorkflowQuery = graphql(`
  query Workflow($id: ID!) {
    plan(id: $id) {
      id
      status
      version
      consultation {
        cycle
        agreedCount
        canAdopt
        waitingFor {
          id
          name
        }
        parties {
          state
          organization {
            id
            name
            kind
          }
          approval {
            id
            decision
            reason
            givenAt
            givenByName
            givenByUserId
            stale
            changesSince(first: 50) {
              sequence
              action
              entity
              entityId
              label
              stage
              changedFields
              occurredAt
              userName
              organizationName
            }
          }
        }
      }
    }
    planSnapshots(planId: $id) {
      id
      number
      adoptedAt
      adoptedByName
    }
    viewer {
      id
    }
  }
`);

/** `/plannen/<id>/akkoord`: the OOGO workflow of one plan, from concept to vastgesteld. */
export function WorkflowPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  useDocumentTitle(`${t('workflow.title')} – ${plan.title}`);
  const { data, loading, error, refetch } = useQuery(WorkflowQuery, {
    variables: { id: plan.id },
    // Others decide while this page is open elsewhere: show the latest, then keep it current.
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const { consultation } = data.plan;
  const latest = data.planSnapshots[0] ?? null; // newest first
  // An editor or coordinator decides for the gemeenten and schoolbesturen they act for.
  const decides = plan.access.role === 'COORDINATOR' || plan.access.role === 'EDITOR';
  const myParties = decides
    ? consultation.parties.filter((party) =>
        plan.access.organizationIds.includes(party.organization.id),
      )
    : [];

  return (
    <>
      <Heading2 className="oogo-page-title">{t('workflow.title')}</Heading2>
      <Paragraph>{t('workflow.intro')}</Paragraph>
      {plan.access.canManage ? (
        <StatusSection
          planId={data.plan.id}
          status={data.plan.status}
          version={data.plan.version}
          canAdopt={consultation.canAdopt}
          nextVersionNumber={consultation.cycle}
        />
      ) : (
        <Paragraph>{t('workflow.onlyCoordinatorChangesStatus')}</Paragraph>
      )}
      <PartiesSection
        consultation={consultation}
        status={data.plan.status}
        latestVersion={latest ? { ...latest, planId: data.plan.id } : null}
      />
      {myParties.length > 0 ? (
        <DecisionForm
          planId={data.plan.id}
          inConsultation={data.plan.status === 'IN_CONSULTATION'}
          parties={myParties}
          viewerId={data.viewer?.id ?? null}
        />
      ) : (
        <Paragraph>{t('workflow.notADecider')}</Paragraph>
      )}
      <AgendaDownload planId={data.plan.id} />
      <VersionsSection planId={data.plan.id} snapshots={data.planSnapshots} />
    </>
  );
}
