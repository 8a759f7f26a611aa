import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../ui/format';
import { Facts } from '../../../ui/facts';
import { EmptyState } from '../../../ui/states';
import { AddItem } from '../../editing/item-card';
import { ItemCard } from '../../editing/item-card';
import type { FieldSpec } from '../../editing/field-spec';
import { usePlan } from '../../plan/plan-context';
import { StageSection } from '../stage-section';
import type { YouthSituationPlan } from './youth-situation-stage';

/** What the page shows of Signal, and what saving it returns. */
export const SignalFields = graphql(`
  fragment SignalFields on Signal {
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
`);

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
      ...SignalFields
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
            <ItemCard
              item={signal}
              name={signal.title}
              heading={<Heading4 className="oogo-item__title">{signal.title}</Heading4>}
              stage="YOUTH_SITUATION"
              formTitle={t('youthSituation.editSignal', { name: signal.title })}
              fields={fields}
              update={(input) => updateSignal({ variables: { input } })}
              remove={(input) => deleteSignal({ variables: { input } })}
            >
              {signal.description && (
                <Paragraph className="oogo-prose">{signal.description}</Paragraph>
              )}
              <Facts
                facts={[
                  signal.raisedBy && {
                    label: t('youthSituation.raisedByFact'),
                    value: signal.raisedBy,
                  },
                  signal.organization && {
                    label: t('youthSituation.organization'),
                    value: signal.organization.name,
                  },
                  signal.observedOn && {
                    label: t('youthSituation.observedOnFact'),
                    value: formatCalendarDate(signal.observedOn, i18n.language),
                  },
                ]}
              />
            </ItemCard>
          </li>
        ))}
      </ol>
      <AddItem
        primary
        label={t('youthSituation.addSignal')}
        fields={fields}
        stage="YOUTH_SITUATION"
        create={(values) =>
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
