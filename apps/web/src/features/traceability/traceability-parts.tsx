import type { GapKind } from '@oogo/shared-domain';
import { parsePeriod } from '@oogo/shared-domain';
import { StatusBadge } from '@utrecht/component-library-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../ui/app-link';
import { stagePath, type Stage } from '../../ui/stages';
import { usePlan } from '../plan/plan-context';
import {
  writeTraceSearch,
  type ChainStart,
  type TraceActivity,
  type TraceResult,
  type TraceTarget,
} from './traceability-model';

/** Numbers the Dutch way (16,5), at most two decimals, as the figures are published. */
export function useNumberFormat(): (value: number) => string {
  return useMemo(() => {
    const format = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
    return (value: number) => format.format(value);
  }, []);
}

/** A value with its unit: "16,5%", "2,4 per 1.000 leerplichtigen". */
export function useValueFormat(): (value: number, unit: string) => string {
  const number = useNumberFormat();
  return (value, unit) => {
    if (!unit) return number(value);
    return unit === '%' ? `${number(value)}%` : `${number(value)} ${unit}`;
  };
}

/** A CBS period in words: 2024JJ00 → "2024", 2024KW02 → "2e kwartaal 2024". */
export function usePeriodFormat(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => {
    const period = parsePeriod(code);
    if (!period) return code;
    if (period.kind === 'QUARTER') {
      return t('traceability.period.quarter', {
        quarter: Number(period.code.slice(-1)),
        year: period.year,
      });
    }
    if (period.kind === 'MONTH') {
      const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }).format(
        new Date(`${period.start}T00:00:00Z`),
      );
      return t('traceability.period.month', { month, year: period.year });
    }
    return t('traceability.period.year', { year: period.year });
  };
}

/**
 * A link that walks the chain to another starting point, keeping the filter and the view
 * (the same page, another `?activiteit=` / `?resultaat=` / `?indicator=`).
 */
export function ChainLink({
  start,
  children,
  className,
  label,
}: {
  start: ChainStart;
  children: ReactNode;
  className?: string;
  /** The name for a screen reader, when the visible text is short (it starts with that text). */
  label?: string;
}) {
  const [params] = useSearchParams();
  return (
    <AppLink
      to={{ search: writeTraceSearch(params, { start }) }}
      className={className}
      aria-label={label}
    >
      {children}
    </AppLink>
  );
}

/** A link to the item on its bouwsteen page (`#item-<id>`), named after the item. */
export function StageLink({ stage, itemId, name }: { stage: Stage; itemId: string; name: string }) {
  const { t } = useTranslation();
  const plan = usePlan();
  const text = t('traceability.openInStage', { stage: t(`vocabulary.stage.${stage}`) });
  return (
    <AppLink
      to={`${stagePath(plan.id, stage)}#item-${itemId}`}
      className="oogo-trace-stage-link"
      // The visible text first, then which item: many of these links are on one page.
      aria-label={t('traceability.openInStageItem', { link: text, name })}
    >
      {text}
    </AppLink>
  );
}

/** Where the chain breaks, in words; a warning sign repeats it, colour only supports it. */
export function GapMarkers({
  gaps,
  compact = false,
}: {
  gaps: readonly GapKind[];
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (gaps.length === 0) return null;
  if (compact) {
    return (
      <span className="oogo-trace-gap">
        <span aria-hidden="true">⚠ </span>
        {t('traceability.gap')}
      </span>
    );
  }
  return (
    <ul className="oogo-trace-gaps" aria-label={t('traceability.gapsLabel')}>
      {gaps.map((kind) => (
        <li key={kind} className="oogo-trace-gap">
          <span aria-hidden="true">⚠ </span>
          {t(`vocabulary.gapKind.${kind}`)}
        </li>
      ))}
    </ul>
  );
}

export function OnTrackBadge({ onTrack }: { onTrack: boolean | null }) {
  const { t } = useTranslation();
  if (onTrack === null) {
    return <StatusBadge status="neutral">{t('traceability.target.unknown')}</StatusBadge>;
  }
  return onTrack ? (
    <StatusBadge status="safe">
      <span aria-hidden="true">✓ </span>
      {t('traceability.target.onTrack')}
    </StatusBadge>
  ) : (
    <StatusBadge status="danger">
      <span aria-hidden="true">✕ </span>
      {t('traceability.target.offTrack')}
    </StatusBadge>
  );
}

/** One effect indicator of a result: baseline → target, where it is now, and the course. */
export function TargetSummary({
  target,
  showName = true,
}: {
  target: TraceTarget;
  showName?: boolean;
}) {
  const { t } = useTranslation();
  const value = useValueFormat();
  const number = useNumberFormat();
  const period = usePeriodFormat();
  return (
    <div className="oogo-trace-target">
      {showName && <p className="oogo-trace-target__name">{target.indicatorName}</p>}
      <p>
        {t('traceability.target.summary', {
          baseline: value(target.baselineValue, target.unit),
          baselineYear: target.baselineYear,
          target: value(target.targetValue, target.unit),
          targetYear: target.targetYear,
        })}{' '}
        ({t(`traceability.target.kind.${target.targetKind}`)}).
      </p>
      <p className="oogo-trace-target__now">
        {target.latestValue !== null && target.latestPeriod ? (
          <span>
            {t('traceability.target.latest', {
              value: value(target.latestValue, target.unit),
              period: period(target.latestPeriod),
            })}
            {target.progressPct !== null && (
              <>
                {'. '}
                {target.progressPct < 0
                  ? t('traceability.target.wrongWay')
                  : t('traceability.target.progress', {
                      pct: number(Math.round(target.progressPct)),
                    })}
              </>
            )}
          </span>
        ) : (
          <span>{t('traceability.target.noLatest')}</span>
        )}{' '}
        <OnTrackBadge onTrack={target.onTrack} />
      </p>
      {target.progressPct !== null && (
        <progress
          className="oogo-trace-target__bar"
          max={100}
          value={Math.max(0, Math.min(100, target.progressPct))}
          aria-hidden="true"
        />
      )}
      <GapMarkers gaps={target.gaps} />
    </div>
  );
}

/** The matrix's column header: "R1" to the eye, "R1: <statement>" to a screen reader. */
export function ResultColumnLink({ result }: { result: TraceResult }) {
  const { t } = useTranslation();
  const short = t('traceability.resultNumber', { number: result.number });
  return (
    <ChainLink start={{ kind: 'result', id: result.id }} label={`${short}: ${result.statement}`}>
      {short}
    </ChainLink>
  );
}

export function ResultNumber({ result }: { result: TraceResult }) {
  const { t } = useTranslation();
  return (
    <span className="oogo-trace-result-number">
      <span aria-hidden="true">{t('traceability.resultNumber', { number: result.number })}</span>
      <span className="oogo-visually-hidden">
        {t('traceability.resultNumberLong', { number: result.number })}:
      </span>
    </span>
  );
}

export function ExecutorText({ activity }: { activity: TraceActivity }) {
  const { t } = useTranslation();
  return (
    <span className="oogo-trace-executor">
      {activity.executor
        ? t('traceability.executor', { name: activity.executor.name })
        : t('traceability.noExecutor')}
    </span>
  );
}
