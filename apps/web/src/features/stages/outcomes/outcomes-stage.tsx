import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, type OutcomesStageQuery } from '@oogo/web-data-access';
import { Alert, Heading4, Link, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useScrollToHash } from '../../../ui/scroll-to-hash';
import { ErrorAlert, Loading } from '../../../ui/states';
import type { FieldSpec, FormRule } from '../../editing/field-spec';
import { AddItem, ItemCard } from '../../editing/item-card';
import { usePlan } from '../../plan/plan-context';
import { ActivityIndex, ActivitySection, NoActivities } from '../per-activity/activity-section';
import { gapsByItem } from '../per-activity/gaps';
import { periodLabel } from '../per-activity/period-label';
import { OutcomeFacts } from './outcome-facts';
import { newestFirst, OUTCOME_FIGURES, previousOf, recentYearOf } from './outcome-periods';
import './outcomes.css';
import './outcomes.nl';
import '../activities/activities.nl';
import '../per-activity/per-activity.nl';

export const OutcomeMeasurementFields = graphql(`
  fragment OutcomeMeasurementFields on OutcomeMeasurement {
    id
    version
    period
    periodStart
    periodEnd
    goalRealisationPct
    plannedTerminationPct
    clientSatisfactionPct
    respondents
    note
  }
`);

const OutcomesStageQueryDocument = graphql(`
  query OutcomesStage($id: ID!) {
    plan(id: $id) {
      id
      gaps {
        ...GapFields
      }
      activities {
        ...ActivitySummaryFields
        outcomeMeasurements {
          ...OutcomeMeasurementFields
        }
      }
    }
  }
`);

const CreateOutcomeMeasurement = graphql(`
  mutation CreateOutcomeMeasurement($input: CreateOutcomeMeasurementInput!) {
    createOutcomeMeasurement(input: $input) {
      id
      version
    }
  }
`);

const UpdateOutcomeMeasurement = graphql(`
  mutation UpdateOutcomeMeasurement($input: UpdateOutcomeMeasurementInput!) {
    updateOutcomeMeasurement(input: $input) {
      ...OutcomeMeasurementFields
    }
  }
`);

const DeleteOutcomeMeasurement = graphql(`
  mutation DeleteOutcomeMeasurement($input: ItemVersionInput!) {
    deleteOutcomeMeasurement(input: $input)
  }
`);

export type OutcomeRow =
  OutcomesStageQuery['plan']['activities'][number]['outcomeMeasurements'][number];

// A new or moved period changes the plan's gaps: fetch the page again after every change.
const REFETCH = { refetchQueries: ['OutcomesStage'] };

/** The fields of a measurement, with the limits of the api's CreateOutcomeMeasurementInput. */
function useOutcomeForm(): { fields: FieldSpec[]; rules: FormRule[] } {
  const { t } = useTranslation();
  return useMemo(() => {
    const percentage = (name: (typeof OUTCOME_FIGURES)[number], help: string): FieldSpec => ({
      name,
      label: t(`outcomes.${name}`),
      description: help,
      kind: 'number',
      min: 0,
      max: 100,
    });
    return {
      fields: [
        {
          name: 'period',
          label: t('outcomes.period'),
          description: t('outcomes.periodHelp'),
          kind: 'period',
          required: true,
        },
        percentage('goalRealisationPct', t('outcomes.goalRealisationHelp')),
        percentage('plannedTerminationPct', t('outcomes.plannedTerminationHelp')),
        percentage('clientSatisfactionPct', t('outcomes.clientSatisfactionHelp')),
        {
          name: 'respondents',
          label: t('outcomes.respondents'),
          kind: 'integer',
          min: 0,
          max: 10_000_000,
        },
        { name: 'note', label: t('outcomes.note'), kind: 'textarea', maxLength: 4000 },
      ],
      // The api's rule outcome_measurement_has_value, said before sending.
      rules: [
        {
          fields: OUTCOME_FIGURES,
          message: t('outcomes.atLeastOneFigure'),
          test: (values) => OUTCOME_FIGURES.some((figure) => values[figure] != null),
        },
      ],
    };
  }, [t]);
}

/** Bouwsteen 5: per activity and per period, does it work for the children and families? */
export function OutcomesStage() {
  const { t, i18n } = useTranslation();
  const plan = usePlan();
  const { data, loading, error, refetch } = useQuery(OutcomesStageQueryDocument, {
    variables: { id: plan.id },
  });
  const [createMeasurement] = useMutation(CreateOutcomeMeasurement, REFETCH);
  const [updateMeasurement] = useMutation(UpdateOutcomeMeasurement, REFETCH);
  const [deleteMeasurement] = useMutation(DeleteOutcomeMeasurement, REFETCH);
  const form = useOutcomeForm();
  useScrollToHash(!!data);

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const { activities } = data.plan;
  if (activities.length === 0) return <NoActivities />;
  const label = (code: string) => periodLabel(code, t, i18n.language);
  const gaps = gapsByItem(data.plan.gaps, 'OUTCOMES');
  const missing = [...gaps.values()].flat();
  // All these gaps name the same period: the latest year with any outcome in the plan.
  const recentPeriod =
    missing[0]?.period ??
    recentYearOf(activities.flatMap((activity) => activity.outcomeMeasurements));
  // Without any outcome in the plan there is no period, and every activity lacks one.
  const notes = new Map(
    missing.flatMap((gap) =>
      gap.period ? [[gap.itemId, t('outcomes.missingShort', { period: label(gap.period) })]] : [],
    ),
  );

  return (
    <>
      <Paragraph>{t('outcomes.intro')}</Paragraph>
      {!recentPeriod ? (
        <Paragraph className="oogo-gap-text">{t('outcomes.noneYet')}</Paragraph>
      ) : missing.length > 0 ? (
        <Alert type="warning" className="oogo-outcome-missing">
          <Paragraph>
            <strong>
              {t('outcomes.missingTitle', {
                count: missing.length,
                period: label(recentPeriod),
              })}
            </strong>{' '}
            {t('outcomes.missingText')}
          </Paragraph>
          <ul>
            {activities
              .filter((activity) => gaps.has(activity.id))
              .map((activity) => (
                <li key={activity.id}>
                  <Link href={`#item-${activity.id}`}>{activity.name}</Link>
                </li>
              ))}
          </ul>
        </Alert>
      ) : (
        <Paragraph>{t('outcomes.allRecent', { period: label(recentPeriod) })}</Paragraph>
      )}
      <ActivityIndex activities={activities} notes={notes} />
      {activities.map((activity) => {
        const measurements = newestFirst(activity.outcomeMeasurements);
        const latest = measurements[0];
        return (
          <ActivitySection key={activity.id} activity={activity} gaps={gaps.get(activity.id)}>
            <Heading4>{t('outcomes.measurements')}</Heading4>
            <Paragraph>
              {latest
                ? t('outcomes.latest', { period: label(latest.period) })
                : t('outcomes.noMeasurements')}
            </Paragraph>
            <ul className="oogo-subitems oogo-outcomes">
              {measurements.map((measurement) => (
                <li key={measurement.id}>
                  <ItemCard
                    item={measurement}
                    name={t('outcomes.measurementName', {
                      period: label(measurement.period),
                      activity: activity.name,
                    })}
                    heading={<p className="oogo-subitem__title">{label(measurement.period)}</p>}
                    stage="OUTCOMES"
                    {...form}
                    formTitle={t('outcomes.editMeasurement')}
                    update={(input) => updateMeasurement({ variables: { input } })}
                    remove={(input) => deleteMeasurement({ variables: { input } })}
                  >
                    <OutcomeFacts
                      measurement={measurement}
                      previous={previousOf(measurement, measurements)}
                      periodLabel={label}
                    />
                  </ItemCard>
                </li>
              ))}
            </ul>
            <AddItem
              label={t('outcomes.addMeasurement')}
              accessibleLabel={t('activities.forActivity', {
                action: t('outcomes.addMeasurement'),
                activity: activity.name,
              })}
              stage="OUTCOMES"
              {...form}
              create={(values) =>
                createMeasurement({
                  variables: {
                    input: {
                      ...values,
                      planId: plan.id,
                      activityId: activity.id,
                      period: String(values['period']),
                    },
                  },
                })
              }
            />
          </ActivitySection>
        );
      })}
    </>
  );
}
