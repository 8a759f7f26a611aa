import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, type QualityStageQuery } from '@oogo/web-data-access';
import { QualityPerspective, QualityRequirement, QualityStatus } from '@oogo/shared-domain';
import {
  Heading3,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useScrollToHash } from '../../../ui/scroll-to-hash';
import { ErrorAlert, Loading } from '../../../ui/states';
import { optionsOf, type FieldSpec } from '../../editing/field-spec';
import { AddItem, ItemCard } from '../../editing/item-card';
import { usePlan } from '../../plan/plan-context';
import { ActivitySection, NoActivities } from '../per-activity/activity-section';
import { countStatuses } from '../per-activity/status';
import { StatusLabel } from '../per-activity/status-label';
import { qualityRow, REQUIREMENTS, sortChecks } from './quality-matrix';
import './quality.css';
import './quality.nl';
import '../activities/activities.nl';
import '../per-activity/per-activity.nl';

export const QualityCheckFields = graphql(`
  fragment QualityCheckFields on QualityCheck {
    id
    version
    requirement
    perspective
    status
    evidence
  }
`);

const QualityStageQueryDocument = graphql(`
  query QualityStage($id: ID!) {
    plan(id: $id) {
      id
      activities {
        ...ActivitySummaryFields
        qualityChecks {
          ...QualityCheckFields
        }
      }
    }
  }
`);

const CreateQualityCheck = graphql(`
  mutation CreateQualityCheck($input: CreateQualityCheckInput!) {
    createQualityCheck(input: $input) {
      id
      version
    }
  }
`);

const UpdateQualityCheck = graphql(`
  mutation UpdateQualityCheck($input: UpdateQualityCheckInput!) {
    updateQualityCheck(input: $input) {
      ...QualityCheckFields
    }
  }
`);

const DeleteQualityCheck = graphql(`
  mutation DeleteQualityCheck($input: ItemVersionInput!) {
    deleteQualityCheck(input: $input)
  }
`);

type QualityActivity = QualityStageQuery['plan']['activities'][number];

const STATUSES = Object.values(QualityStatus);
const REFETCH = { refetchQueries: ['QualityStage'] };

/** The table at the top: activities down, the five requirements across, the stand in each cell. */
function QualityOverview({ activities }: { activities: readonly QualityActivity[] }) {
  const { t } = useTranslation();
  const all = activities.flatMap((activity) => activity.qualityChecks);
  return (
    <>
      <Heading3 id="quality-overview">{t('quality.overview')}</Heading3>
      <Paragraph>{t('quality.overviewHelp')}</Paragraph>
      <p className="oogo-quality-totals">
        <span>{t('quality.totals')}:</span>
        {countStatuses(
          STATUSES,
          all.map((check) => check.status),
        ).map(({ status, count }) => (
          <StatusLabel
            key={status}
            status={status}
            label={t('perActivity.statusCount', {
              status: t(`vocabulary.qualityStatus.${status}`),
              count,
            })}
          />
        ))}
      </p>
      <TableContainer
        overflowInline
        className="oogo-table-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby="quality-overview"
      >
        <Table className="oogo-quality-table">
          <TableCaption className="oogo-visually-hidden">{t('quality.overview')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('quality.activity')}</TableHeaderCell>
              {REQUIREMENTS.map((requirement) => (
                <TableHeaderCell key={requirement} scope="col">
                  <abbr title={t(`vocabulary.qualityRequirement.${requirement}`)}>
                    {t(`vocabulary.qualityRequirementShort.${requirement}`)}
                  </abbr>
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {activities.map((activity) => (
              <TableRow key={activity.id}>
                <TableHeaderCell scope="row">
                  <Link href={`#item-${activity.id}`}>{activity.name}</Link>
                </TableHeaderCell>
                {qualityRow(activity.qualityChecks).map(({ requirement, checks }) => (
                  <TableCell key={requirement}>
                    {checks.length === 0 ? (
                      <StatusLabel status={null} label={t('quality.notChecked')} />
                    ) : (
                      <ul className="oogo-quality-cell">
                        {checks.map((check) => (
                          <li key={check.id}>
                            <StatusLabel
                              status={check.status}
                              label={t('quality.withPerspective', {
                                status: t(`vocabulary.qualityStatus.${check.status}`),
                                perspective: t(
                                  `vocabulary.qualityPerspective.${check.perspective}`,
                                ).toLowerCase(),
                              })}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

/** Bouwsteen 4: per activity the quality requirements, from whose view, and how we know. */
export function QualityStage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const { data, loading, error, refetch } = useQuery(QualityStageQueryDocument, {
    variables: { id: plan.id },
  });
  const [createCheck] = useMutation(CreateQualityCheck, REFETCH);
  const [updateCheck] = useMutation(UpdateQualityCheck, REFETCH);
  const [deleteCheck] = useMutation(DeleteQualityCheck, REFETCH);
  useScrollToHash(!!data);

  // Limits as in the api's CreateQualityCheckInput.
  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'requirement',
        label: t('quality.requirement'),
        kind: 'select',
        required: true,
        options: optionsOf(REQUIREMENTS, (requirement) =>
          t(`vocabulary.qualityRequirement.${requirement}`),
        ),
      },
      {
        name: 'perspective',
        label: t('quality.perspective'),
        description: t('quality.perspectiveHelp'),
        kind: 'radio',
        required: true,
        options: optionsOf(Object.values(QualityPerspective), (perspective) =>
          t(`vocabulary.qualityPerspective.${perspective}`),
        ),
      },
      {
        name: 'status',
        label: t('quality.status'),
        kind: 'radio',
        required: true,
        options: optionsOf(STATUSES, (status) => t(`vocabulary.qualityStatus.${status}`)),
      },
      {
        name: 'evidence',
        label: t('quality.evidence'),
        description: t('quality.evidenceHelp'),
        kind: 'textarea',
        maxLength: 4000,
      },
    ],
    [t],
  );

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const { activities } = data.plan;
  if (activities.length === 0) return <NoActivities />;

  return (
    <>
      <Paragraph>{t('quality.intro')}</Paragraph>
      <QualityOverview activities={activities} />
      {activities.map((activity) => (
        <ActivitySection key={activity.id} activity={activity}>
          {activity.qualityChecks.length === 0 && (
            <Paragraph className="oogo-gap-text">{t('quality.noChecks')}</Paragraph>
          )}
          <ul className="oogo-subitems">
            {sortChecks(activity.qualityChecks).map((check) => {
              const requirement = t(`vocabulary.qualityRequirement.${check.requirement}`);
              const perspective = t(`vocabulary.qualityPerspective.${check.perspective}`);
              return (
                <li key={check.id}>
                  <ItemCard
                    item={check}
                    name={t('quality.checkName', {
                      requirement,
                      perspective: perspective.toLowerCase(),
                      activity: activity.name,
                    })}
                    heading={<p className="oogo-subitem__title">{requirement}</p>}
                    stage="QUALITY"
                    fields={fields}
                    formTitle={t('quality.editCheck')}
                    update={(input) => updateCheck({ variables: { input } })}
                    remove={(input) => deleteCheck({ variables: { input } })}
                  >
                    <dl className="oogo-facts">
                      <div>
                        <dt>{t('quality.perspective')}</dt>
                        <dd>
                          {t('quality.perspectiveWithHelp', {
                            perspective,
                            help: t(`vocabulary.qualityPerspectiveHelp.${check.perspective}`),
                          })}
                        </dd>
                      </div>
                      <div>
                        <dt>{t('quality.status')}</dt>
                        <dd>
                          <StatusLabel
                            status={check.status}
                            label={t(`vocabulary.qualityStatus.${check.status}`)}
                          />
                        </dd>
                      </div>
                    </dl>
                    <Paragraph>{check.evidence || t('quality.noEvidence')}</Paragraph>
                  </ItemCard>
                </li>
              );
            })}
          </ul>
          <AddItem
            label={t('quality.addCheck')}
            accessibleLabel={t('activities.forActivity', {
              action: t('quality.addCheck'),
              activity: activity.name,
            })}
            stage="QUALITY"
            fields={fields}
            defaults={{ status: 'UNKNOWN' }}
            create={(values) =>
              createCheck({
                variables: {
                  input: {
                    ...values,
                    planId: plan.id,
                    activityId: activity.id,
                    requirement: values['requirement'] as QualityRequirement,
                    perspective: values['perspective'] as QualityPerspective,
                  },
                },
              })
            }
          />
        </ActivitySection>
      ))}
    </>
  );
}
