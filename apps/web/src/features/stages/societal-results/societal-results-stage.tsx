import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, type SocietalResultsStageQuery } from '@oogo/web-data-access';
import { Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '../../../ui/states';
import type { FieldSpec } from '../../editing/field-spec';
import { AddItem, ItemCard } from '../../editing/item-card';
import { usePlan } from '../../plan/plan-context';
import { ResultIndicatorView } from './result-indicator-view';
import './societal-results.nl';

// A target as shown and edited here; the progress comes back with every save.
graphql(`
  fragment ResultIndicatorFields on ResultIndicator {
    id
    version
    baselineValue
    baselineYear
    targetValue
    targetYear
    targetKind
    direction
    progress {
      latestValue
      latestPeriod
      expectedValue
      progressPct
      onTrack
      areaCount
    }
  }
`);

const SocietalResultsStageQueryDocument = graphql(`
  query SocietalResultsStage($id: ID!) {
    plan(id: $id) {
      id
      societalResults {
        id
        version
        statement
        description
        activities {
          id
          name
        }
        resultIndicators {
          ...ResultIndicatorFields
          indicator {
            id
            name
            unit
          }
        }
      }
    }
  }
`);

const CreateSocietalResult = graphql(`
  mutation CreateSocietalResult($input: CreateSocietalResultInput!) {
    createSocietalResult(input: $input) {
      id
      version
      statement
      description
    }
  }
`);

const UpdateSocietalResult = graphql(`
  mutation UpdateSocietalResult($input: UpdateSocietalResultInput!) {
    updateSocietalResult(input: $input) {
      id
      version
      statement
      description
    }
  }
`);

const DeleteSocietalResult = graphql(`
  mutation DeleteSocietalResult($input: ItemVersionInput!) {
    deleteSocietalResult(input: $input)
  }
`);

const UpdateResultIndicator = graphql(`
  mutation UpdateResultIndicator($input: UpdateResultIndicatorInput!) {
    updateResultIndicator(input: $input) {
      ...ResultIndicatorFields
    }
  }
`);

export type ResultIndicatorRow =
  SocietalResultsStageQuery['plan']['societalResults'][number]['resultIndicators'][number];

/** Bouwsteen 2: what the parties want to reach, with effect indicators, baseline and target. */
export function SocietalResultsStage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const { data, loading, error, refetch } = useQuery(SocietalResultsStageQueryDocument, {
    variables: { id: plan.id },
  });
  const [createResult] = useMutation(CreateSocietalResult, {
    refetchQueries: ['SocietalResultsStage'],
  });
  const [updateResult] = useMutation(UpdateSocietalResult);
  const [updateTarget] = useMutation(UpdateResultIndicator);
  const [deleteResult] = useMutation(DeleteSocietalResult, {
    refetchQueries: ['SocietalResultsStage'],
  });

  // Limits as in the api's CreateSocietalResultInput.
  const resultFields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'statement',
        label: t('societalResults.statement'),
        description: t('societalResults.statementHelp'),
        kind: 'textarea',
        required: true,
        maxLength: 1000,
      },
      {
        name: 'description',
        label: t('societalResults.description'),
        kind: 'textarea',
        maxLength: 10000,
      },
    ],
    [t],
  );
  // Limits as in the api's CreateResultIndicatorInput.
  const targetFields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'baselineValue',
        label: t('societalResults.baselineValue'),
        kind: 'number',
        required: true,
      },
      {
        name: 'baselineYear',
        label: t('societalResults.baselineYear'),
        kind: 'integer',
        required: true,
        min: 1990,
        max: 2100,
      },
      {
        name: 'targetValue',
        label: t('societalResults.targetValue'),
        kind: 'number',
        required: true,
      },
      {
        name: 'targetYear',
        label: t('societalResults.targetYear'),
        kind: 'integer',
        required: true,
        min: 1990,
        max: 2100,
      },
      {
        name: 'targetKind',
        label: t('societalResults.targetKind'),
        kind: 'select',
        options: (['NORM', 'AMBITION'] as const).map((kind) => ({
          value: kind,
          label: t(`societalResults.targetKinds.${kind}`),
        })),
      },
    ],
    [t],
  );

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const results = data.plan.societalResults;

  return (
    <>
      {results.length === 0 && <EmptyState>{t('societalResults.empty')}</EmptyState>}
      <ol className="oogo-items">
        {results.map((result) => (
          <li key={result.id}>
            <ItemCard
              item={result}
              name={result.statement}
              heading={<Heading3 className="oogo-item__title">{result.statement}</Heading3>}
              stage="SOCIETAL_RESULTS"
              fields={resultFields}
              formTitle={t('societalResults.editResult')}
              update={(input) => updateResult({ variables: { input } })}
              remove={(input) => deleteResult({ variables: { input } })}
            >
              {result.description && <Paragraph>{result.description}</Paragraph>}
              <Heading4>{t('societalResults.indicators')}</Heading4>
              {result.resultIndicators.length === 0 ? (
                <Paragraph>{t('societalResults.noIndicators')}</Paragraph>
              ) : (
                <ul className="oogo-subitems">
                  {result.resultIndicators.map((target) => (
                    <li key={target.id}>
                      <ItemCard
                        item={target}
                        name={target.indicator.name}
                        heading={<p className="oogo-subitem__title">{target.indicator.name}</p>}
                        stage="SOCIETAL_RESULTS"
                        fields={targetFields}
                        formTitle={t('societalResults.editTarget', { name: target.indicator.name })}
                        update={(input) => updateTarget({ variables: { input } })}
                      >
                        <ResultIndicatorView target={target} />
                      </ItemCard>
                    </li>
                  ))}
                </ul>
              )}
              <Heading4>{t('societalResults.activities')}</Heading4>
              {result.activities.length === 0 ? (
                <Paragraph className="oogo-gap-text">{t('societalResults.noActivities')}</Paragraph>
              ) : (
                <ul>
                  {result.activities.map((activity) => (
                    <li key={activity.id}>{activity.name}</li>
                  ))}
                </ul>
              )}
            </ItemCard>
          </li>
        ))}
      </ol>
      <AddItem
        primary
        label={t('societalResults.addResult')}
        stage="SOCIETAL_RESULTS"
        fields={resultFields}
        create={(values) =>
          createResult({
            variables: {
              input: {
                planId: plan.id,
                statement: String(values['statement'] ?? ''),
                description: (values['description'] as string | null) ?? undefined,
              },
            },
          })
        }
      />
    </>
  );
}
