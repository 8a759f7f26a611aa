import { graphql, type YouthSituationStageQuery } from '@oogo/web-data-access';
import { useTranslation } from 'react-i18next';
import { usePlanStageQuery } from '../stage-query';
import { OnThisPage } from '../stage-section';
import { AnalysesSection } from './analyses';
import { IndicatorsSection } from './indicators';
import { SignalsSection } from './signals';
import './youth-situation.css';
import './youth-situation.nl';
import '../four-questions/four-questions.nl';

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
        ...IndicatorFields
        measurements {
          ...MeasurementFields
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
        ...SignalFields
      }
      analyses {
        ...AnalysisFields
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
  const { data, fallback } = usePlanStageQuery(YouthSituationStageQueryDocument);
  if (!data) return fallback;
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
