import { useQuery } from '@apollo/client/react';
import { graphql, type YouthSituationStageQuery } from '@oogo/web-data-access';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../../ui/states';
import { usePlan } from '../../plan/plan-context';
import { OnThisPage } from '../stage-section';
import { AnalysesSection } from './analyses';
import { IndicatorsSection } from './indicators';
import { SignalsSection } from './signals';
import './youth-situation.css';

const YouthSituationStageQueryDocument = graphql(`
  query YouthSituationStage($id: ID!) {
    plan(id: $id) {
      id
      participants {
        id
        name
        kind
        code
      }
      indicators {
        id
        version
        name
        unit
        source
        description
        betterDirection
        measurements {
          id
          version
          areaCode
          period
          value
          source
          measuredOn
        }
      }
      resultIndicators {
        id
        indicatorId
        targetValue
        targetYear
        societalResult {
          id
          statement
        }
      }
      signals {
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
      analyses {
        id
        version
        theme
        summary
        indicators {
          id
          name
        }
        signals {
          id
          title
        }
        societalResults {
          id
          statement
        }
        answers {
          ...ReflectionAnswerFields
        }
      }
    }
  }
`);

export type YouthSituationPlan = YouthSituationStageQuery['plan'];

/** Bouwsteen 1: the figures per gemeente, signals from practice and the joint analysis. */
export function YouthSituationStage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const { data, loading, error, refetch } = useQuery(YouthSituationStageQueryDocument, {
    variables: { id: plan.id },
  });

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <OnThisPage
        sections={[
          { id: 'cijfers', title: t('youthSituation.indicators') },
          { id: 'signalen', title: t('youthSituation.signals') },
          { id: 'analyse', title: t('youthSituation.analyses') },
        ]}
      />
      <IndicatorsSection plan={data.plan} />
      <SignalsSection plan={data.plan} />
      <AnalysesSection plan={data.plan} />
    </>
  );
}
