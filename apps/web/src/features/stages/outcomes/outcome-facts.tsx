import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { changeOf, OUTCOME_FIGURES, type OutcomeFigure } from './outcome-periods';
import type { OutcomeRow } from './outcomes-stage';

/** "↑ 5 punten hoger dan 2023": an arrow for the eye, the words for everyone. */
function Trend({ change, period }: { change: number | null; period: string }) {
  const { t, i18n } = useTranslation();
  if (change === null) return null;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  const points = Math.abs(change).toLocaleString(i18n.language);
  return (
    <span className={`oogo-trend oogo-trend--${direction}`}>
      <span aria-hidden="true">{direction === 'up' ? '↑' : direction === 'down' ? '↓' : '='}</span>{' '}
      {t(`outcomes.${direction}`, { points, period })}
    </span>
  );
}

/** The three outcome figures of one period, each compared with the period before. */
export function OutcomeFacts({
  measurement,
  previous,
  periodLabel,
}: {
  measurement: OutcomeRow;
  previous: OutcomeRow | undefined;
  periodLabel: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const percent = (value: number) =>
    t('outcomes.percentage', {
      value: value.toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
    });
  const figure = (name: OutcomeFigure) => {
    const value = measurement[name];
    if (value == null) return <span className="oogo-muted">{t('outcomes.notMeasured')}</span>;
    return (
      <>
        <strong>{percent(value)}</strong>
        {name === 'plannedTerminationPct' && (
          <span>{t('outcomes.dropout', { value: percent(100 - value) })}</span>
        )}{' '}
        <Trend
          change={changeOf(value, previous?.[name])}
          period={previous ? periodLabel(previous.period) : ''}
        />
      </>
    );
  };
  return (
    <>
      <dl className="oogo-facts oogo-outcome-facts">
        {OUTCOME_FIGURES.map((name) => (
          <div key={name}>
            <dt>{t(`outcomes.figures.${name}`)}</dt>
            <dd>{figure(name)}</dd>
          </div>
        ))}
        {measurement.respondents != null && (
          <div>
            <dt>{t('outcomes.respondentsShort')}</dt>
            <dd>{t('outcomes.respondentsValue', { count: measurement.respondents })}</dd>
          </div>
        )}
      </dl>
      {measurement.note && <Paragraph>{measurement.note}</Paragraph>}
    </>
  );
}
