import { useTranslation } from 'react-i18next';
import type { ResultIndicatorRow } from './societal-results-stage';

/** Baseline → target, the latest figure and whether it is on track: in words, not colour alone. */
export function ResultIndicatorView({ target }: { target: ResultIndicatorRow }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | null | undefined) =>
    value === null || value === undefined
      ? '—'
      : value.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const unit = target.indicator.unit ? ` ${target.indicator.unit}` : '';
  const progress = target.progress;
  return (
    <dl className="oogo-facts">
      <div>
        <dt>{t('societalResults.baseline')}</dt>
        <dd>
          {number(target.baselineValue)}
          {unit} ({target.baselineYear})
        </dd>
      </div>
      <div>
        <dt>{t('societalResults.target')}</dt>
        <dd data-testid={`target-${target.id}`}>
          {number(target.targetValue)}
          {unit} ({target.targetYear})
          {target.targetKind ? `, ${t(`societalResults.targetKinds.${target.targetKind}`)}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('societalResults.latest')}</dt>
        <dd>
          {progress.latestValue === null
            ? t('societalResults.noMeasurement')
            : `${number(progress.latestValue)}${unit} (${progress.latestPeriod?.slice(0, 4) ?? ''})`}
        </dd>
      </div>
      <div>
        <dt>{t('societalResults.progress')}</dt>
        <dd>
          {progress.progressPct === null ? (
            t('societalResults.progressUnknown')
          ) : (
            <>
              <span className={progress.onTrack ? 'oogo-on-track' : 'oogo-off-track'}>
                {progress.onTrack ? t('societalResults.onTrack') : t('societalResults.offTrack')}
              </span>{' '}
              {t('societalResults.progressPct', { pct: Math.round(progress.progressPct) })}
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
