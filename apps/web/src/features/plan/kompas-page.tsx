import { useQuery } from '@apollo/client/react';
import { graphql, type KompasQuery } from '@oogo/web-data-access';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { STAGES_IN_ORDER, stagePath, type Stage } from '../../ui/stages';
import { ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { usePlan } from './plan-context';

const KompasQuery = graphql(`
  query Kompas($id: ID!) {
    plan(id: $id) {
      id
      completeness {
        stage
        score
        reasons {
          code
          met
          count
          total
        }
      }
      gaps {
        kind
        stage
        itemId
        itemType
        period
      }
      consultation {
        agreedCount
        canAdopt
        parties {
          state
          organization {
            id
            name
          }
        }
        waitingFor {
          id
          name
        }
      }
      activities {
        id
        name
      }
      societalResults {
        id
        statement
      }
      resultIndicators {
        id
        indicator {
          id
          name
        }
      }
    }
    comments(planId: $id, resolved: false, first: 200) {
      id
      stage
    }
  }
`);

type KompasPlan = KompasQuery['plan'];

/** What a gap is about, in words: the activity's name, the result's statement, … */
function itemNames(plan: KompasPlan): Map<string, string> {
  return new Map([
    ...plan.activities.map((activity) => [activity.id, activity.name] as const),
    ...plan.societalResults.map((result) => [result.id, result.statement] as const),
    ...plan.resultIndicators.map((target) => [target.id, target.indicator.name] as const),
  ]);
}

/** The plan overview as a kompas: six bouwstenen in order, how far each is, where it breaks. */
export function KompasPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  useDocumentTitle(`${t('plan.kompasTitle')} – ${plan.title}`);
  const { data, loading, error, refetch } = useQuery(KompasQuery, { variables: { id: plan.id } });

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const names = itemNames(data.plan);
  const count = (stage: Stage) => ({
    gaps: data.plan.gaps.filter((gap) => gap.stage === stage).length,
    comments: data.comments.filter((comment) => comment.stage === stage).length,
  });
  const consultation = data.plan.consultation;

  return (
    <>
      <Heading2 className="oogo-page-title">{t('plan.kompasTitle')}</Heading2>
      <Paragraph>{t('plan.kompasIntro')}</Paragraph>
      <ol className="oogo-kompas">
        {STAGES_IN_ORDER.map((stage, index) => {
          const completeness = data.plan.completeness.find((entry) => entry.stage === stage);
          const score = completeness?.score ?? 0;
          const { gaps, comments } = count(stage);
          return (
            <li key={stage} className="oogo-kompas__stage">
              <Heading3 className="oogo-kompas__title">
                <span className="oogo-stage-number" aria-hidden="true">
                  {index + 1}
                </span>
                <AppLink to={stagePath(plan.id, stage)}>{t(`vocabulary.stage.${stage}`)}</AppLink>
              </Heading3>
              <p className="oogo-kompas__score">
                <progress
                  max={100}
                  value={score}
                  aria-label={t('plan.completenessLabel', { score })}
                />
                <span>{t('plan.completeness', { score })}</span>
              </p>
              <ul className="oogo-checks">
                {completeness?.reasons.map((reason) => (
                  <li
                    key={reason.code}
                    className={reason.met ? 'oogo-check--met' : 'oogo-check--open'}
                  >
                    <span className="oogo-visually-hidden">
                      {reason.met ? t('plan.reasonMet') : t('plan.reasonOpen')}:{' '}
                    </span>
                    {t(
                      `vocabulary.completenessReason.${reason.code}` as 'vocabulary.completenessReason.RESULTS_PRESENT',
                      {
                        defaultValue: reason.code,
                      },
                    )}
                    {reason.total != null && (
                      <>
                        {' '}
                        ({t('plan.reasonCount', { count: reason.count ?? 0, total: reason.total })})
                      </>
                    )}
                  </li>
                ))}
              </ul>
              <p className="oogo-kompas__counts">
                <span>{gaps ? t('plan.gaps', { count: gaps }) : t('plan.noGaps')}</span>
                {comments > 0 && <span>{t('plan.openComments', { count: comments })}</span>}
              </p>
            </li>
          );
        })}
      </ol>

      <section aria-labelledby="kompas-consultation">
        <Heading3 id="kompas-consultation">{t('plan.statusTitle')}</Heading3>
        <Paragraph>
          {t('plan.agreedCount', {
            agreed: consultation.agreedCount,
            total: consultation.parties.length,
          })}
        </Paragraph>
        <ul className="oogo-parties">
          {consultation.parties.map((party) => (
            <li
              key={party.organization.id}
              className={`oogo-party oogo-party--${party.state.toLowerCase()}`}
            >
              {party.organization.name}:{' '}
              <strong>{t(`vocabulary.consultationState.${party.state}`)}</strong>
            </li>
          ))}
        </ul>
        {consultation.canAdopt ? (
          <Paragraph>{t('plan.canAdopt')}</Paragraph>
        ) : consultation.waitingFor.length > 0 ? (
          <Paragraph>
            {t('plan.waitingFor', {
              names: consultation.waitingFor.map((organization) => organization.name).join(', '),
            })}
          </Paragraph>
        ) : null}
      </section>

      <section aria-labelledby="kompas-gaps">
        <Heading3 id="kompas-gaps">{t('plan.gapsTitle')}</Heading3>
        {data.plan.gaps.length === 0 ? (
          <Paragraph>{t('plan.gapsEmpty')}</Paragraph>
        ) : (
          <ul className="oogo-gaps">
            {data.plan.gaps.map((gap) => (
              <li key={`${gap.kind}-${gap.itemId}-${gap.period ?? ''}`}>
                <strong>{t(`vocabulary.gapKind.${gap.kind}`)}</strong>:{' '}
                <AppLink to={`${stagePath(plan.id, gap.stage)}#item-${gap.itemId}`}>
                  {names.get(gap.itemId) ?? t(`vocabulary.stage.${gap.stage}`)}
                </AppLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
