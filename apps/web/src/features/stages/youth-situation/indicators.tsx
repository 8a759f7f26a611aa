import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { BetterDirection, parsePeriod } from '@oogo/shared-domain';
import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate, formatMonth, formatNumber } from '../../../ui/format';
import { Disclosure } from '../../../ui/disclosure';
import { DownloadLinks, planExportUrl } from '../../../ui/download-links';
import { Facts } from '../../../ui/facts';
import { EmptyState } from '../../../ui/states';
import { stagePath } from '../../../ui/stages';
import { AddItem } from '../../editing/item-card';
import { ItemCard } from '../../editing/item-card';
import type { FieldSpec } from '../../editing/field-spec';
import { usePlan, usePlanAccess } from '../../plan/plan-context';
import { StageSection } from '../stage-section';
import { buildSeries, NATIONAL_AREA, type ChartSeries } from './indicator-chart';
import { IndicatorChartFigure } from './indicator-chart-figure';
import type { YouthSituationPlan } from './youth-situation-stage';

/** What the page shows of Indicator, and what saving it returns. */
export const IndicatorFields = graphql(`
  fragment IndicatorFields on Indicator {
    id
    version
    name
    unit
    source
    description
    betterDirection
  }
`);

/** What the page shows of Measurement, and what saving it returns. */
export const MeasurementFields = graphql(`
  fragment MeasurementFields on Measurement {
    id
    version
    areaCode
    period
    value
    source
    measuredOn
  }
`);

const CreateIndicator = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
    }
  }
`);

const UpdateIndicator = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);

const DeleteIndicator = graphql(`
  mutation DeleteIndicator($input: ItemVersionInput!) {
    deleteIndicator(input: $input)
  }
`);

const CreateMeasurement = graphql(`
  mutation CreateMeasurement($input: CreateMeasurementInput!) {
    createMeasurement(input: $input) {
      id
    }
  }
`);

const UpdateMeasurement = graphql(`
  mutation UpdateMeasurement($input: UpdateMeasurementInput!) {
    updateMeasurement(input: $input) {
      ...MeasurementFields
    }
  }
`);

const DeleteMeasurement = graphql(`
  mutation DeleteMeasurement($input: ItemVersionInput!) {
    deleteMeasurement(input: $input)
  }
`);

type IndicatorRow = YouthSituationPlan['indicators'][number];
const REFETCH = { refetchQueries: ['YouthSituationStage'] };

/** Names for areas and periods: "Gemeente Noorderveen", "Nederland", "kwartaal 1 van 2024". */
function useAreaAndPeriodNames(plan: YouthSituationPlan) {
  const { t, i18n } = useTranslation();
  const gemeenten = useMemo(
    () =>
      plan.participants.filter(
        (organization) => organization.kind === 'GEMEENTE' && organization.code,
      ),
    [plan.participants],
  );
  const areaName = useCallback(
    (code: string) =>
      code === NATIONAL_AREA
        ? t('youthSituation.netherlands')
        : (gemeenten.find((organization) => organization.code === code)?.name ?? code),
    [gemeenten, t],
  );
  const periodLabel = useCallback(
    (code: string) => {
      const period = parsePeriod(code);
      if (!period) return code;
      if (period.kind === 'YEAR') return String(period.year);
      if (period.kind === 'QUARTER') {
        return t('youthSituation.quarter', { quarter: code.slice(-1), year: period.year });
      }
      return formatMonth(period.start, i18n.language);
    },
    [t, i18n.language],
  );
  const areaOrder = useMemo(
    () => gemeenten.map((organization) => organization.code as string),
    [gemeenten],
  );
  return { areaName, periodLabel, areaOrder, gemeenten };
}

/** Bouwsteen 1, the figures: each indicator with its chart, its target and its measurements. */
export function IndicatorsSection({ plan }: { plan: YouthSituationPlan }) {
  const { t } = useTranslation();
  const { id: planId } = usePlan();
  const [createIndicator] = useMutation(CreateIndicator, REFETCH);
  const names = useAreaAndPeriodNames(plan);
  // Importing creates and changes figures of every gemeente: editors and coordinators only.
  const mayImport = usePlanAccess().canEdit(null);

  // Limits as in the api's CreateIndicatorInput.
  const indicatorFields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'name',
        label: t('youthSituation.name'),
        description: t('youthSituation.nameHelp'),
        kind: 'text',
        required: true,
        maxLength: 200,
      },
      {
        name: 'unit',
        label: t('youthSituation.unit'),
        description: t('youthSituation.unitHelp'),
        kind: 'text',
        required: true,
        maxLength: 50,
      },
      {
        name: 'source',
        label: t('youthSituation.source'),
        description: t('youthSituation.sourceHelp'),
        kind: 'text',
        maxLength: 200,
      },
      {
        name: 'description',
        label: t('youthSituation.description'),
        kind: 'textarea',
        maxLength: 4000,
      },
      {
        name: 'betterDirection',
        label: t('youthSituation.betterDirection'),
        kind: 'select',
        required: true,
        options: Object.values(BetterDirection).map((direction) => ({
          value: direction,
          label: t(`vocabulary.betterDirection.${direction}`),
        })),
      },
    ],
    [t],
  );

  return (
    <StageSection
      id="cijfers"
      title={t('youthSituation.indicators')}
      intro={t('youthSituation.indicatorsIntro')}
    >
      {mayImport && (
        <Paragraph>
          <Link
            to={`${stagePath(planId, 'YOUTH_SITUATION')}/cijfers-importeren`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {t('youthSituation.importFigures')}
          </Link>
        </Paragraph>
      )}
      {plan.indicators.length === 0 ? (
        <EmptyState>{t('youthSituation.indicatorsEmpty')}</EmptyState>
      ) : (
        <DownloadLinks
          label={t('youthSituation.downloadAll')}
          links={[
            {
              href: planExportUrl(planId, 'metingen.xlsx'),
              label: t('youthSituation.downloadXlsx'),
            },
            { href: planExportUrl(planId, 'metingen.csv'), label: t('youthSituation.downloadCsv') },
          ]}
        />
      )}
      <ol className="oogo-items">
        {plan.indicators.map((indicator) => (
          <li key={indicator.id}>
            <IndicatorCard
              plan={plan}
              indicator={indicator}
              fields={indicatorFields}
              names={names}
            />
          </li>
        ))}
      </ol>
      <AddItem
        primary
        label={t('youthSituation.addIndicator')}
        fields={indicatorFields}
        stage="YOUTH_SITUATION"
        create={(values) =>
          createIndicator({
            variables: {
              input: {
                planId,
                name: String(values['name'] ?? ''),
                unit: String(values['unit'] ?? ''),
                source: String(values['source'] ?? ''),
                description: String(values['description'] ?? ''),
                betterDirection: values['betterDirection'] as BetterDirection,
              },
            },
          })
        }
      />
    </StageSection>
  );
}

function IndicatorCard({
  plan,
  indicator,
  fields,
  names,
}: {
  plan: YouthSituationPlan;
  indicator: IndicatorRow;
  fields: FieldSpec[];
  names: ReturnType<typeof useAreaAndPeriodNames>;
}) {
  const { t, i18n } = useTranslation();
  const [updateIndicator] = useMutation(UpdateIndicator);
  const [deleteIndicator] = useMutation(DeleteIndicator, REFETCH);
  const { areaName, periodLabel, areaOrder } = names;
  const series = useMemo(
    () => buildSeries(indicator.measurements, areaOrder),
    [indicator.measurements, areaOrder],
  );
  const targets = useMemo(
    () =>
      plan.resultIndicators
        .filter((target) => target.indicatorId === indicator.id)
        .map((target) => ({
          value: target.targetValue,
          year: target.targetYear,
          result: target.societalResult.statement,
        })),
    [plan.resultIndicators, indicator.id],
  );
  const seriesName = useCallback(
    (line: ChartSeries) =>
      line.kind
        ? `${areaName(line.areaCode)} (${t(`youthSituation.periodKind.${line.kind}`)})`
        : areaName(line.areaCode),
    [areaName, t],
  );

  return (
    <ItemCard
      item={indicator}
      name={indicator.name}
      heading={<Heading4 className="oogo-item__title">{indicator.name}</Heading4>}
      stage="YOUTH_SITUATION"
      formTitle={t('youthSituation.editIndicator', { name: indicator.name })}
      fields={fields}
      update={(input) => updateIndicator({ variables: { input } })}
      remove={(input) => deleteIndicator({ variables: { input } })}
      deleteQuestion={t('youthSituation.deleteIndicator', { name: indicator.name })}
    >
      <Facts
        facts={[
          { label: t('youthSituation.unit'), value: indicator.unit },
          indicator.source && { label: t('youthSituation.source'), value: indicator.source },
          {
            label: t('youthSituation.direction'),
            value: t(`vocabulary.betterDirection.${indicator.betterDirection}`),
          },
        ]}
      />
      {indicator.description && <Paragraph>{indicator.description}</Paragraph>}
      <IndicatorChartFigure
        name={indicator.name}
        unit={indicator.unit}
        betterDirection={indicator.betterDirection}
        series={series}
        targets={targets}
        seriesName={seriesName}
        periodLabel={periodLabel}
      />
      <Measurements
        indicator={indicator}
        names={names}
        formatValue={(value) => `${formatNumber(value, i18n.language)} ${indicator.unit}`}
      />
    </ItemCard>
  );
}

/** The measurements of one indicator, in a fold: each can be changed or removed, and added. */
function Measurements({
  indicator,
  names,
  formatValue,
}: {
  indicator: IndicatorRow;
  names: ReturnType<typeof useAreaAndPeriodNames>;
  formatValue: (value: number) => string;
}) {
  const { t, i18n } = useTranslation();
  const { id: planId } = usePlan();
  const [createMeasurement] = useMutation(CreateMeasurement, REFETCH);
  const [updateMeasurement] = useMutation(UpdateMeasurement);
  const [deleteMeasurement] = useMutation(DeleteMeasurement, REFETCH);
  const { areaName, periodLabel, areaOrder, gemeenten } = names;

  // Limits as in the api's CreateMeasurementInput.
  const fields = useMemo<FieldSpec[]>(() => {
    const known = new Set([...areaOrder, NATIONAL_AREA]);
    const others = [
      ...new Set(indicator.measurements.map((measurement) => measurement.areaCode)),
    ].filter((code) => !known.has(code));
    return [
      {
        name: 'areaCode',
        label: t('youthSituation.area'),
        description: t('youthSituation.areaHelp'),
        kind: 'select',
        required: true,
        options: [
          ...gemeenten.map((organization) => ({
            value: organization.code as string,
            label: `${organization.name} (${organization.code})`,
          })),
          { value: NATIONAL_AREA, label: `${t('youthSituation.netherlands')} (${NATIONAL_AREA})` },
          ...others.map((code) => ({ value: code, label: code })),
        ],
      },
      {
        name: 'period',
        label: t('youthSituation.period'),
        description: t('youthSituation.periodHelp'),
        kind: 'period',
        required: true,
      },
      {
        name: 'value',
        label: t('youthSituation.value'),
        description: indicator.unit,
        kind: 'number',
        required: true,
      },
      {
        name: 'source',
        label: t('youthSituation.measurementSource'),
        kind: 'text',
        maxLength: 200,
      },
      { name: 'measuredOn', label: t('youthSituation.measuredOn'), kind: 'date' },
    ];
  }, [t, indicator.measurements, indicator.unit, areaOrder, gemeenten]);

  const sorted = useMemo(() => {
    const rank = (code: string) =>
      code === NATIONAL_AREA ? Infinity : areaOrder.indexOf(code) + 1 || areaOrder.length + 1;
    return [...indicator.measurements].sort(
      (a, b) =>
        rank(a.areaCode) - rank(b.areaCode) ||
        a.areaCode.localeCompare(b.areaCode) ||
        (parsePeriod(a.period)?.start ?? '').localeCompare(parsePeriod(b.period)?.start ?? ''),
    );
  }, [indicator.measurements, areaOrder]);

  return (
    <Disclosure
      className="oogo-measurements"
      summary={t('youthSituation.measurements', { count: indicator.measurements.length })}
    >
      {sorted.length === 0 && <Paragraph>{t('youthSituation.measurementsEmpty')}</Paragraph>}
      <ul className="oogo-subitems oogo-measurement-list">
        {sorted.map((measurement) => {
          const label = {
            area: areaName(measurement.areaCode),
            period: periodLabel(measurement.period),
          };
          const name = t('youthSituation.measurementName', label);
          return (
            <li key={measurement.id}>
              <ItemCard
                item={measurement}
                name={`${indicator.name}: ${name}`}
                heading={
                  <p className="oogo-subitem__title">
                    {t('youthSituation.measurementTitle', {
                      ...label,
                      value: formatValue(measurement.value),
                    })}
                  </p>
                }
                stage="YOUTH_SITUATION"
                formTitle={t('youthSituation.editMeasurement', { name })}
                fields={fields}
                update={(input) => updateMeasurement({ variables: { input } })}
                remove={(input) => deleteMeasurement({ variables: { input } })}
              >
                {(measurement.source || measurement.measuredOn) && (
                  <p className="oogo-measurement__meta">
                    {[
                      measurement.source,
                      measurement.measuredOn &&
                        formatCalendarDate(measurement.measuredOn, i18n.language),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </p>
                )}
              </ItemCard>
            </li>
          );
        })}
      </ul>
      <AddItem
        label={t('youthSituation.addMeasurement')}
        accessibleLabel={t('youthSituation.addMeasurementFor', { name: indicator.name })}
        fields={fields}
        stage="YOUTH_SITUATION"
        defaults={{ source: indicator.source }}
        create={(values) =>
          createMeasurement({
            variables: {
              input: {
                planId,
                indicatorId: indicator.id,
                areaCode: String(values['areaCode'] ?? ''),
                period: String(values['period'] ?? ''),
                value: Number(values['value']),
                source: String(values['source'] ?? ''),
                measuredOn: (values['measuredOn'] as string | null) ?? null,
              },
            },
          })
        }
      />
    </Disclosure>
  );
}
