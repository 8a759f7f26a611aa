import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../editing/field-spec';
import { AddItem, ItemCard } from '../../editing/item-card';
import { usePlan } from '../../plan/plan-context';
import { REFETCH_ACTIVITIES, type ActivityRow, type ResultOption } from './activities-query';

const CreateContribution = graphql(`
  mutation CreateContribution($input: CreateContributionInput!) {
    createContribution(input: $input) {
      id
      version
    }
  }
`);

const UpdateContribution = graphql(`
  mutation UpdateContribution($input: UpdateContributionInput!) {
    updateContribution(input: $input) {
      id
      version
      rationale
      societalResultId
      societalResult {
        id
        statement
      }
    }
  }
`);

const DeleteContribution = graphql(`
  mutation DeleteContribution($input: ItemVersionInput!) {
    deleteContribution(input: $input)
  }
`);

/** The results an activity serves, each with "hoe draagt dit bij?". */
export function Contributions({
  activity,
  results,
}: {
  activity: ActivityRow;
  results: readonly ResultOption[];
}) {
  const { t } = useTranslation();
  const plan = usePlan();
  const [createContribution] = useMutation(CreateContribution, REFETCH_ACTIVITIES);
  const [updateContribution] = useMutation(UpdateContribution, REFETCH_ACTIVITIES);
  const [deleteContribution] = useMutation(DeleteContribution, REFETCH_ACTIVITIES);
  // Limits as in the api's CreateContributionInput.
  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'societalResultId',
        label: t('activities.contributionResult'),
        kind: 'select',
        required: true,
        options: results.map((result) => ({ value: result.id, label: result.statement })),
      },
      {
        name: 'rationale',
        label: t('activities.rationale'),
        description: t('activities.rationaleHelp'),
        kind: 'textarea',
        maxLength: 4000,
      },
    ],
    [t, results],
  );

  return (
    <div className="oogo-part">
      <Heading4>{t('activities.contributions')}</Heading4>
      {activity.contributions.length === 0 && (
        <Paragraph className="oogo-points__open">{t('activities.noContributions')}</Paragraph>
      )}
      <ul className="oogo-subitems">
        {activity.contributions.map((contribution) => (
          <li key={contribution.id}>
            <ItemCard
              item={contribution}
              name={t('activities.contributionName', {
                activity: activity.name,
                result: contribution.societalResult.statement,
              })}
              heading={
                <p className="oogo-subitem__title">{contribution.societalResult.statement}</p>
              }
              stage="ACTIVITIES"
              fields={fields}
              formTitle={t('activities.editContribution')}
              update={(input) => updateContribution({ variables: { input } })}
              remove={(input) => deleteContribution({ variables: { input } })}
            >
              <Paragraph>{contribution.rationale || t('activities.noRationale')}</Paragraph>
            </ItemCard>
          </li>
        ))}
      </ul>
      <AddItem
        label={t('activities.addContribution')}
        accessibleLabel={t('activities.forActivity', {
          action: t('activities.addContribution'),
          activity: activity.name,
        })}
        stage="ACTIVITIES"
        fields={fields}
        create={(values) =>
          createContribution({
            variables: {
              input: {
                ...values,
                planId: plan.id,
                activityId: activity.id,
                societalResultId: String(values['societalResultId']),
              },
            },
          })
        }
      />
    </div>
  );
}
