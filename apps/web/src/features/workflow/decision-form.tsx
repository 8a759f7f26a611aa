import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { graphql, type WorkflowQuery } from '@oogo/web-data-access';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioGroupField, TextareaField } from '../../ui/form-field';
import { errorCodeOf, fieldErrorsOf } from '../../ui/graphql-errors';
import {
  approvalInput,
  decisionSchema,
  preselectedOrganization,
  REASON_MAX_LENGTH,
  type DecisionValues,
} from './workflow-rules';

const RecordApprovalMutation = graphql(`
  mutation RecordApproval($input: RecordApprovalInput!) {
    recordApproval(input: $input) {
      id
      decision
      reason
      stale
      givenAt
      givenByName
      givenByUserId
      organization {
        id
      }
    }
  }
`);

type Party = WorkflowQuery['plan']['consultation']['parties'][number];

interface DecisionFormProps {
  planId: string;
  inConsultation: boolean;
  parties: readonly Party[];
  viewerId: string | null;
}

type Message = { type: 'ok' | 'error'; text: string };

/**
 * Akkoord or bezwaar for a gemeente or schoolbestuur. The api does not tell the page for
 * which organisation (or with which role) the viewer takes part, so every member sees the
 * form; the server decides, and its FORBIDDEN is shown at the organisation it is about.
 */
export function DecisionForm({ planId, inConsultation, parties, viewerId }: DecisionFormProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [recordApproval] = useMutation(RecordApprovalMutation, {
    // The round's state (stale, counts, canAdopt) is computed by the server: read it again.
    refetchQueries: ['Workflow'],
    awaitRefetchQueries: true,
  });
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const schema = useMemo(
    () =>
      decisionSchema({
        choose: t('validation.choose'),
        required: t('validation.required'),
        tooLong: t('validation.tooLong', { max: REASON_MAX_LENGTH }),
      }),
    [t],
  );
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    control,
    formState: { errors, isSubmitting },
  } = useForm<DecisionValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      organizationId: preselectedOrganization(parties, viewerId),
      decision: undefined,
      reason: '',
    },
  });
  const objecting = useWatch({ control, name: 'decision' }) === 'OBJECT';

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const nameOf = (organizationId: string) =>
    parties.find((party) => party.organization.id === organizationId)?.organization.name ?? '';

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      await recordApproval({ variables: { input: approvalInput(planId, values) } });
      setMessage({
        type: 'ok',
        text: t('workflow.decision.saved', {
          organization: nameOf(values.organizationId),
          decision: t(`workflow.decisionWord.${values.decision}`),
        }),
      });
    } catch (error) {
      const code = errorCodeOf(error);
      const fieldErrors = fieldErrorsOf(error);
      if (code === 'FORBIDDEN') {
        setError('organizationId', {
          type: 'server',
          message: t('workflow.decision.forbidden', {
            organization: nameOf(values.organizationId),
          }),
        });
        setFocus('organizationId');
      } else if (code === 'BAD_USER_INPUT' && fieldErrors['organizationId']) {
        setError('organizationId', { type: 'server', message: t('workflow.decision.notADecider') });
        setFocus('organizationId');
      } else if (code === 'BAD_USER_INPUT' && fieldErrors['reason']) {
        setError('reason', {
          type: 'server',
          message: values.reason.trim()
            ? t('validation.tooLong', { max: REASON_MAX_LENGTH })
            : t('validation.required'),
        });
        setFocus('reason');
      } else if (code === 'BAD_USER_INPUT' && fieldErrors['planId']) {
        // The coordinator took the plan out of consultation meanwhile.
        await client.refetchQueries({ include: ['Workflow', 'PlanHeader'] });
        setMessage({ type: 'error', text: t('workflow.decision.notInConsultationAnymore') });
      } else {
        setMessage({ type: 'error', text: t(`errors.${code}`) });
      }
    }
  });

  if (parties.length === 0) return null;

  return (
    <section aria-labelledby="workflow-decision" className="oogo-workflow-section">
      <Heading3 id="workflow-decision">{t('workflow.decision.title')}</Heading3>
      {!inConsultation ? (
        <Paragraph>{t('workflow.decision.notInConsultation')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('workflow.decision.intro')}</Paragraph>
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
          <form
            noValidate
            onSubmit={(event) => void onSubmit(event)}
            aria-labelledby="workflow-decision"
            className="oogo-decision-form"
          >
            <RadioGroupField
              label={t('workflow.decision.organization')}
              required
              error={errors.organizationId}
              registration={register('organizationId')}
              options={parties.map((party) => ({
                value: party.organization.id,
                label: party.organization.name,
              }))}
            />
            <RadioGroupField
              label={t('workflow.decision.decision')}
              required
              error={errors.decision}
              registration={register('decision')}
              options={[
                {
                  value: 'AGREE',
                  label: t('workflow.decision.agree'),
                  description: t('workflow.decision.agreeHelp'),
                },
                {
                  value: 'OBJECT',
                  label: t('workflow.decision.object'),
                  description: t('workflow.decision.objectHelp'),
                },
              ]}
            />
            {objecting && (
              <TextareaField
                label={t('workflow.decision.reason')}
                description={t('workflow.decision.reasonHelp', { max: REASON_MAX_LENGTH })}
                required
                error={errors.reason}
                registration={register('reason')}
              />
            )}
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={isSubmitting}
              disabled={isSubmitting}
            >
              {isSubmitting ? t('workflow.decision.submitting') : t('workflow.decision.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
