import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { EmptyState } from '../../../ui/states';
import { AddItem } from '../../editing/add-item';
import { EditableCard } from '../../editing/editable-card';
import type { FieldSpec } from '../../editing/field-spec';
import { editForm } from '../../editing/item-form';
import { usePlan } from '../../plan/plan-context';
import { StageSection } from '../stage-section';
import type { YouthSituationPlan } from './youth-situation-stage';

const CreateSignal = graphql(`
  mutation CreateSignal($input: CreateSignalInput!) {
    createSignal(input: $input) {
      id
    }
  }
`);

const UpdateSignal = graphql(`
  mutation UpdateSignal($input: UpdateSignalInput!) {
    updateSignal(input: $input) {
      id
      version
      title
      description
      raisedBy
      organizationId
      observedOn
      organization {
        id
        name
      }
    }
  }
`);

const DeleteSignal = graphql(`
  mutation DeleteSignal($input: ItemVersionInput!) {
    deleteSignal(input: $input)
  }
`);

const REFETCH = { refetchQueries: ['YouthSituationStage'] };

/** Bouwsteen 1, the story behind the figures: signals from practice, and who raised them. */
export function SignalsSection({ plan }: { plan: YouthSituationPlan }) {
  const { t, i18n } = useTranslation();
  const { id: planId, participants } = usePlan();
  const [createSignal] = useMutation(CreateSignal, REFETCH);
  const [updateSignal] = useMutation(UpdateSignal);
  const [deleteSignal] = useMutation(DeleteSignal, REFETCH);

  // Limits as in the api's CreateSignalInput.
  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'title',
        label: t('youthSituation.title'),
        kind: 'text',
        required: true,
        maxLength: 200,
      },
      {
        name: 'description',
        label: t('youthSituation.signalDescription'),
        kind: 'textarea',
        maxLength: 10000,
      },
      {
        name: 'raisedBy',
        label: t('youthSituation.raisedBy'),
        description: t('youthSituation.raisedByHelp'),
        kind: 'text',
        maxLength: 200,
      },
      {
        name: 'organizationId',
        label: t('youthSituation.organization'),
        kind: 'select',
        options: participants.map((organization) => ({
          value: organization.id,
          label: organization.name,
        })),
      },
      { name: 'observedOn', label: t('youthSituation.observedOn'), kind: 'date' },
    ],
    [t, participants],
  );

  return (
    <StageSection
      id="signalen"
      title={t('youthSituation.signals')}
      intro={t('youthSituation.signalsIntro')}
    >
      {plan.signals.length === 0 && <EmptyState>{t('youthSituation.signalsEmpty')}</EmptyState>}
      <ol className="oogo-items">
        {plan.signals.map((signal) => (
          <li key={signal.id}>
            <EditableCard
              itemId={signal.id}
              name={signal.title}
              canEdit
              heading={<Heading4 className="oogo-item__title">{signal.title}</Heading4>}
              onDelete={() =>
                deleteSignal({ variables: { input: { id: signal.id, version: signal.version } } })
              }
              form={editForm({
                title: t('youthSituation.editSignal', { name: signal.title }),
                fields,
                stage: 'YOUTH_SITUATION',
                item: signal,
                save: (values, version) =>
                  updateSignal({
                    variables: {
                      input: { id: signal.id, version: version ?? signal.version, ...values },
                    },
                  }),
              })}
            >
              {signal.description && (
                <Paragraph className="oogo-prose">{signal.description}</Paragraph>
              )}
              <dl className="oogo-facts">
                {signal.raisedBy && (
                  <div>
                    <dt>{t('youthSituation.raisedByFact')}</dt>
                    <dd>{signal.raisedBy}</dd>
                  </div>
                )}
                {signal.organization && (
                  <div>
                    <dt>{t('youthSituation.organization')}</dt>
                    <dd>{signal.organization.name}</dd>
                  </div>
                )}
                {signal.observedOn && (
                  <div>
                    <dt>{t('youthSituation.observedOnFact')}</dt>
                    <dd>{formatDate(signal.observedOn, i18n.language)}</dd>
                  </div>
                )}
              </dl>
            </EditableCard>
          </li>
        ))}
      </ol>
      <AddItem
        label={t('youthSituation.addSignal')}
        fields={fields}
        stage="YOUTH_SITUATION"
        save={(values) =>
          createSignal({
            variables: {
              input: {
                planId,
                title: String(values['title'] ?? ''),
                description: String(values['description'] ?? ''),
                raisedBy: String(values['raisedBy'] ?? ''),
                organizationId: (values['organizationId'] as string | null) ?? null,
                observedOn: (values['observedOn'] as string | null) ?? null,
              },
            },
          })
        }
      />
    </StageSection>
  );
}
