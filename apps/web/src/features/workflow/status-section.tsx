import { useApolloClient, useMutation } from '@apollo/client/react';
import type { PlanStatus } from '@oogo/shared-domain';
import { graphql } from '@oogo/web-data-access';
import { Alert, Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { joinWords } from '../../ui/format';
import { errorCodeOf, errorDetailsOf } from '../../ui/graphql-errors';
import { PlanStatusBadge } from '../../ui/plan-status-badge';
import { statusActions, waitingForNames, type StatusAction } from './workflow-rules';

const ChangePlanStatusMutation = graphql(`
  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {
    changePlanStatus(input: $input) {
      id
      status
      version
    }
  }
`);

const AdoptPlanMutation = graphql(`
  mutation AdoptPlan($input: AdoptPlanInput!) {
    adoptPlan(input: $input) {
      plan {
        id
        status
        version
      }
      snapshot {
        id
        number
        adoptedAt
        adoptedByName
      }
    }
  }
`);

// The results above update the plan's status and version in the cache (the header shows
// them); the workflow query brings the new round, its decisions and the versions, and
// writes the plan's consultation that the kompas reads from the same cache entry.
const AFFECTED_QUERIES = ['Workflow', 'PlanHeader'];

type Message = { type: 'ok' | 'warning' | 'error'; text: string };

interface StatusSectionProps {
  planId: string;
  status: PlanStatus;
  version: number;
  canAdopt: boolean;
  /** The number the next adopted version gets (the consultation's cycle). */
  nextVersionNumber: number;
}

/** The plan's status and, for the coordinator, the steps it can take from here. */
export function StatusSection({
  planId,
  status,
  version,
  canAdopt,
  nextVersionNumber,
}: StatusSectionProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [changeStatus, { loading: changing }] = useMutation(ChangePlanStatusMutation);
  const [adopt, { loading: adopting }] = useMutation(AdoptPlanMutation);
  const [pending, setPending] = useState<StatusAction | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const actions = statusActions(status, canAdopt);

  // The button that was pressed may be gone after the change: the outcome takes the focus.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  async function reload() {
    await client.refetchQueries({ include: AFFECTED_QUERIES });
  }

  async function run(action: StatusAction) {
    setMessage(null);
    try {
      if (action === 'ADOPT') {
        const { data } = await adopt({
          variables: { input: { planId, version } },
          refetchQueries: AFFECTED_QUERIES,
          awaitRefetchQueries: true,
        });
        const number = data?.adoptPlan.snapshot.number ?? nextVersionNumber;
        setMessage({ type: 'ok', text: t('workflow.status.done.ADOPT', { number }) });
      } else {
        await changeStatus({
          variables: { input: { planId, version, status: action } },
          refetchQueries: AFFECTED_QUERIES,
          awaitRefetchQueries: true,
        });
        setMessage({ type: 'ok', text: t(`workflow.status.done.${action}`) });
      }
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'CONFLICT') {
        await reload();
        setMessage({ type: 'warning', text: t('workflow.status.conflict') });
      } else if (code === 'FORBIDDEN') {
        setMessage({ type: 'error', text: t('workflow.status.forbidden') });
      } else if (code === 'BAD_USER_INPUT') {
        // Someone objected or changed the text just now, or the status moved on.
        await reload();
        const names = waitingForNames(errorDetailsOf(error));
        setMessage({
          type: 'warning',
          text: names.length
            ? t('workflow.status.notAgreed', { names: joinWords(names, t('items.and')) })
            : t('workflow.status.notPossible'),
        });
      } else {
        setMessage({ type: 'error', text: t(`errors.${code}`) });
      }
    } finally {
      setPending(null);
    }
  }

  return (
    <section aria-labelledby="workflow-status" className="oogo-workflow-section">
      <Heading3 id="workflow-status">{t('workflow.status.title')}</Heading3>
      <p className="oogo-workflow-status">
        <span>{t('workflow.status.current')}</span> <PlanStatusBadge status={status} />
      </p>
      <Paragraph>{t(`workflow.status.explain.${status}`)}</Paragraph>

      {message && (
        <Alert
          ref={messageRef}
          type={message.type}
          role={message.type === 'ok' ? 'status' : 'alert'}
          tabIndex={-1}
          className="oogo-focus-target"
        >
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}

      {actions.length > 0 && (
        <div className="oogo-workflow-actions">
          <Paragraph small>{t('workflow.status.coordinatorOnly')}</Paragraph>
          <ButtonGroup>
            {actions.map((action) => (
              <Button
                key={action}
                appearance={
                  action === 'DRAFT' ? 'secondary-action-button' : 'primary-action-button'
                }
                onClick={() => setPending(action)}
              >
                {t(`workflow.status.action.${action}`)}
              </Button>
            ))}
          </ButtonGroup>
        </div>
      )}
      {status === 'IN_CONSULTATION' && !canAdopt && (
        <Paragraph>{t('workflow.status.cannotAdoptYet')}</Paragraph>
      )}

      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(`workflow.status.confirm.${pending}.title`) : ''}
        confirmLabel={pending ? t(`workflow.status.confirm.${pending}.yes`) : ''}
        cancelLabel={t('workflow.status.confirm.cancel')}
        busy={changing || adopting}
        onConfirm={() => pending && void run(pending)}
        onCancel={() => setPending(null)}
      >
        {pending && (
          <Paragraph>
            {t(`workflow.status.confirm.${pending}.text`, { number: nextVersionNumber })}
          </Paragraph>
        )}
      </ConfirmDialog>
    </section>
  );
}
