import type { QualityStatus } from '@oogo/shared-domain';
import {
  Alert,
  Button,
  Heading3,
  Heading4,
  Heading5,
  Heading6,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AppLink } from '../../ui/app-link';
import {
  buildChain,
  writeTraceSearch,
  type Chain,
  type ChainStart,
  type ChainStartKind,
  type TraceActivity,
  type TraceModel,
  type TraceOutcome,
  type TraceResult,
  type TraceSearch,
} from './traceability-model';
import {
  ChainLink,
  ExecutorText,
  GapMarkers,
  ResultNumber,
  StageLink,
  TargetSummary,
  useNumberFormat,
  usePeriodFormat,
} from './traceability-parts';

const startKey = (start: ChainStart | null) => (start ? `${start.kind}:${start.id}` : '');

function parseStartKey(value: string): ChainStart | null {
  const [kind, id] = value.split(':');
  return (kind === 'indicator' || kind === 'result' || kind === 'activity') && id
    ? { kind: kind as ChainStartKind, id }
    : null;
}

/** Choose where the chain starts: a native select with the plan's indicators, results, activities. */
function ChainPicker({
  model,
  current,
  selectRef,
}: {
  model: TraceModel;
  current: ChainStart | null;
  selectRef: RefObject<HTMLSelectElement | null>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Mounted again (key) when the start changes by a link, so it shows where the chain starts.
  const [value, setValue] = useState(startKey(current));
  const [error, setError] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const start = parseStartKey(value);
    setError(!start);
    if (start) void navigate({ search: writeTraceSearch(params, { start }) });
  }

  return (
    <form className="oogo-trace-picker" onSubmit={submit} noValidate>
      <div className="oogo-trace-picker__field">
        <label htmlFor={id} className="utrecht-form-label">
          {t('traceability.chain.startLabel')}
        </label>
        {error && (
          <p id={`${id}-error`} className="oogo-trace-picker__error">
            {t('traceability.chain.chooseFirst')}
          </p>
        )}
        <Select
          id={id}
          ref={selectRef}
          value={value}
          invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setValue(event.target.value)}
        >
          <SelectOption value="">{t('traceability.chain.startPlaceholder')}</SelectOption>
          {model.indicators.length > 0 && (
            <optgroup label={t('traceability.chain.groupIndicators')}>
              {model.indicators.map((indicator) => (
                <option key={indicator.id} value={`indicator:${indicator.id}`}>
                  {indicator.name}
                </option>
              ))}
            </optgroup>
          )}
          {model.results.length > 0 && (
            <optgroup label={t('traceability.chain.groupResults')}>
              {model.results.map((result) => (
                <option key={result.id} value={`result:${result.id}`}>
                  {t('traceability.resultNumber', { number: result.number })}: {result.statement}
                </option>
              ))}
            </optgroup>
          )}
          {model.activities.length > 0 && (
            <optgroup label={t('traceability.chain.groupActivities')}>
              {model.activities.map((activity) => (
                <option key={activity.id} value={`activity:${activity.id}`}>
                  {activity.name}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </div>
      <Button type="submit" appearance="primary-action-button">
        {t('traceability.chain.show')}
      </Button>
    </form>
  );
}

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <li className="oogo-chain__step">
      <Heading5 className="oogo-chain__title">
        <span className="oogo-chain__number" aria-hidden="true">
          {number}
        </span>
        {title}
      </Heading5>
      {children}
    </li>
  );
}

function StartBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge status="neutral" className="oogo-chain__start-badge">
      {t('traceability.chain.startBadge')}
    </StatusBadge>
  );
}

/** The item's name: the starting point in bold, any other a link that walks the chain there. */
function ItemName({
  start,
  chain,
  children,
}: {
  start: ChainStart;
  chain: Chain;
  children: ReactNode;
}) {
  const isStart = chain.start.kind === start.kind && chain.start.id === start.id;
  return (
    <p className="oogo-chain__item-name">
      {isStart ? (
        <>
          <strong>{children}</strong> <StartBadge />
        </>
      ) : (
        <ChainLink start={start}>{children}</ChainLink>
      )}
    </p>
  );
}

const isStartItem = (chain: Chain, kind: ChainStartKind, id: string) =>
  chain.start.kind === kind && chain.start.id === id;

const QUALITY_SYMBOL: Record<QualityStatus, string> = {
  MET: '✓',
  PARTLY_MET: '◐',
  NOT_MET: '✕',
  UNKNOWN: '?',
  NOT_APPLICABLE: '–',
};

function QualityOf({ activity }: { activity: TraceActivity }) {
  const { t } = useTranslation();
  const checks = activity.qualityChecks;
  const applicable = checks.filter((check) => check.status !== 'NOT_APPLICABLE');
  const met = applicable.filter((check) => check.status === 'MET').length;
  return (
    <li className="oogo-chain__item">
      <Heading6 className="oogo-chain__group-title">{activity.name}</Heading6>
      {checks.length === 0 ? (
        <p className="oogo-trace-gap">
          <span aria-hidden="true">⚠ </span>
          {t('traceability.chain.noQuality')}
        </p>
      ) : (
        <>
          <p>{t('traceability.quality.summary', { met, total: applicable.length })}</p>
          <ul className="oogo-trace-checks">
            {checks.map((check) => (
              <li key={check.id} className={`oogo-trace-check oogo-trace-check--${check.status}`}>
                <span className="oogo-trace-check__symbol" aria-hidden="true">
                  {QUALITY_SYMBOL[check.status]}
                </span>
                <span>
                  {t(`traceability.quality.requirement.${check.requirement}`)} (
                  {t(`traceability.quality.perspective.${check.perspective}`).toLowerCase()}):{' '}
                  <strong>{t(`traceability.quality.status.${check.status}`)}</strong>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <StageLink stage="QUALITY" itemId={activity.id} name={activity.name} />
    </li>
  );
}

/** The chain shows the latest periods; the outcome page has the whole series. */
const OUTCOME_PERIODS_SHOWN = 4;

function OutcomeOf({ activity }: { activity: TraceActivity }) {
  const { t } = useTranslation();
  const number = useNumberFormat();
  const period = usePeriodFormat();
  const pct = (value: number | null) =>
    value === null ? t('traceability.outcome.unknown') : `${number(value)}%`;
  const outcomeGaps = activity.gaps.filter((kind) => kind === 'ACTIVITY_WITHOUT_RECENT_OUTCOME');
  const outcomes = activity.outcomes.slice(-OUTCOME_PERIODS_SHOWN);
  // Measures down, periods across: narrow enough for a card, and read per period by a screen reader.
  const measures: [string, (outcome: TraceOutcome) => string][] = [
    [t('traceability.outcome.goalRealisation'), (outcome) => pct(outcome.goalRealisationPct)],
    [t('traceability.outcome.plannedTermination'), (outcome) => pct(outcome.plannedTerminationPct)],
    [t('traceability.outcome.clientSatisfaction'), (outcome) => pct(outcome.clientSatisfactionPct)],
    [
      t('traceability.outcome.respondents'),
      (outcome) =>
        outcome.respondents === null
          ? t('traceability.outcome.unknown')
          : number(outcome.respondents),
    ],
  ];
  return (
    <li className={`oogo-chain__item ${outcomeGaps.length ? 'oogo-chain__item--gap' : ''}`}>
      <Heading6 className="oogo-chain__group-title">{activity.name}</Heading6>
      <GapMarkers gaps={outcomeGaps} />
      {outcomes.length === 0 ? (
        <p>{t('traceability.chain.noOutcome')}</p>
      ) : (
        <div className="oogo-trace-outcome">
          <Table>
            <TableCaption className="oogo-visually-hidden">
              {t('traceability.outcome.caption', { name: activity.name })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('traceability.outcome.measure')}</TableHeaderCell>
                {outcomes.map((outcome) => (
                  <TableHeaderCell key={outcome.id} scope="col">
                    {period(outcome.period)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {measures.map(([label, value]) => (
                <TableRow key={label}>
                  <TableHeaderCell scope="row">{label}</TableHeaderCell>
                  {outcomes.map((outcome) => (
                    <TableCell key={outcome.id}>{value(outcome)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {activity.outcomes.length > outcomes.length && (
            <p className="oogo-trace-help">
              {t('traceability.outcome.olderHidden', { count: outcomes.length })}
            </p>
          )}
        </div>
      )}
      <StageLink stage="OUTCOMES" itemId={activity.id} name={activity.name} />
    </li>
  );
}

function ResultItem({
  chain,
  result,
  model,
}: {
  chain: Chain;
  result: TraceResult;
  model: TraceModel;
}) {
  const { t } = useTranslation();
  const fromActivity =
    chain.start.kind === 'activity'
      ? result.contributions.find((contribution) => contribution.activityId === chain.start.id)
      : undefined;
  const missing = result.activitiesWithoutRecentOutcome
    .map((id) => model.activityById.get(id)?.name)
    .filter(Boolean);
  return (
    <li className={`oogo-chain__item ${result.gaps.length ? 'oogo-chain__item--gap' : ''}`}>
      <div className="oogo-chain__item-head">
        <ResultNumber result={result} />
        <ItemName start={{ kind: 'result', id: result.id }} chain={chain}>
          {result.statement}
        </ItemName>
      </div>
      <GapMarkers gaps={result.ownGaps} />
      {fromActivity?.rationale && (
        <p className="oogo-chain__rationale">
          {t('traceability.chain.rationale', { text: fromActivity.rationale })}
        </p>
      )}
      {result.targets.length === 0 ? (
        <p>{t('traceability.chain.noIndicators')}</p>
      ) : (
        <ul className="oogo-chain__targets">
          {result.targets.map((target) => (
            <li key={target.id}>
              <TargetSummary target={target} />
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p className="oogo-trace-gap">
          <span aria-hidden="true">⚠ </span>
          {t('traceability.chain.missingOutcome', { names: missing.join(', ') })}
        </p>
      )}
      <StageLink stage="SOCIETAL_RESULTS" itemId={result.id} name={result.statement} />
    </li>
  );
}

function ActivityItem({
  chain,
  activity,
  model,
}: {
  chain: Chain;
  activity: TraceActivity;
  model: TraceModel;
}) {
  const { t } = useTranslation();
  // From a result or indicator: how this activity helps each result in the chain.
  const rationales =
    chain.start.kind === 'activity'
      ? []
      : activity.contributions.filter((contribution) =>
          chain.results.some((result) => result.id === contribution.resultId),
        );
  return (
    <li className={`oogo-chain__item ${activity.gaps.length ? 'oogo-chain__item--gap' : ''}`}>
      <ItemName start={{ kind: 'activity', id: activity.id }} chain={chain}>
        {activity.name}
      </ItemName>
      <p className="oogo-chain__meta">
        <ExecutorText activity={activity} />
        {' · '}
        {t(`traceability.activityKind.${activity.kind}`)}
      </p>
      <GapMarkers gaps={activity.gaps} />
      {rationales.map((contribution) => {
        const result = model.resultById.get(contribution.resultId);
        return (
          contribution.rationale && (
            <p key={contribution.id} className="oogo-chain__rationale">
              {chain.results.length > 1 && result && (
                <>{t('traceability.resultNumber', { number: result.number })}: </>
              )}
              {t('traceability.chain.rationale', { text: contribution.rationale })}
            </p>
          )
        );
      })}
      <StageLink stage="ACTIVITIES" itemId={activity.id} name={activity.name} />
    </li>
  );
}

function NoActivities({ chain }: { chain: Chain }) {
  const { t } = useTranslation();
  return (
    <p>
      {chain.start.kind === 'result'
        ? t('traceability.chain.noActivities')
        : t('traceability.chain.noActivitiesInChain')}
    </p>
  );
}

function ChainView({
  chain,
  model,
  headingRef,
}: {
  chain: Chain;
  model: TraceModel;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const heading =
    chain.start.kind === 'activity'
      ? t('traceability.chain.headingActivity', { name: chain.label })
      : chain.start.kind === 'indicator'
        ? t('traceability.chain.headingIndicator', { name: chain.label })
        : t('traceability.chain.headingResult', {
            number: model.resultById.get(chain.start.id)?.number ?? '',
          });
  const resultNumbers = (resultIds: readonly string[]) =>
    resultIds
      .filter((id) => chain.results.some((result) => result.id === id))
      .map((id) =>
        t('traceability.resultNumber', { number: model.resultById.get(id)?.number ?? '' }),
      )
      .join(', ');

  return (
    <section className="oogo-trace-chain" aria-labelledby="trace-chain-heading">
      <div className="oogo-trace-chain__head">
        <Heading4 id="trace-chain-heading" ref={headingRef} tabIndex={-1}>
          {heading}
        </Heading4>
        <AppLink to={{ search: writeTraceSearch(params, { start: null }) }}>
          {t('traceability.chain.close')}
        </AppLink>
      </div>
      {chain.hiddenActivities > 0 && (
        <Paragraph className="oogo-trace-note">
          {t('traceability.chain.hiddenActivities', { count: chain.hiddenActivities })}
        </Paragraph>
      )}
      <ol className="oogo-chain">
        <Step number={1} title={t('traceability.chain.stepIndicators')}>
          {chain.indicators.length === 0 ? (
            <p>{t('traceability.chain.noIndicators')}</p>
          ) : (
            <ul className="oogo-chain__items">
              {chain.indicators.map((indicator) => (
                <li
                  key={indicator.id}
                  className={`oogo-chain__item ${isStartItem(chain, 'indicator', indicator.id) ? 'oogo-chain__item--start' : ''}`}
                >
                  <ItemName start={{ kind: 'indicator', id: indicator.id }} chain={chain}>
                    {indicator.name}
                  </ItemName>
                  {indicator.resultIds.length > 0 && (
                    <p className="oogo-chain__meta">
                      {t('traceability.chain.measures', {
                        numbers: resultNumbers(indicator.resultIds),
                      })}
                    </p>
                  )}
                  <StageLink stage="YOUTH_SITUATION" itemId={indicator.id} name={indicator.name} />
                </li>
              ))}
            </ul>
          )}
        </Step>
        <Step number={2} title={t('traceability.chain.stepResults')}>
          {chain.results.length === 0 ? (
            <p>
              {chain.start.kind === 'activity'
                ? t('traceability.chain.noResultsForActivity')
                : t('traceability.chain.noResultsForIndicator')}
            </p>
          ) : (
            <ul className="oogo-chain__items">
              {chain.results.map((result) => (
                <ResultItem key={result.id} chain={chain} result={result} model={model} />
              ))}
            </ul>
          )}
        </Step>
        <Step number={3} title={t('traceability.chain.stepActivities')}>
          {chain.activities.length === 0 ? (
            <NoActivities chain={chain} />
          ) : (
            <ul className="oogo-chain__items">
              {chain.activities.map((activity) => (
                <ActivityItem key={activity.id} chain={chain} activity={activity} model={model} />
              ))}
            </ul>
          )}
        </Step>
        <Step number={4} title={t('traceability.chain.stepQuality')}>
          {chain.activities.length === 0 ? (
            <NoActivities chain={chain} />
          ) : (
            <ul className="oogo-chain__items">
              {chain.activities.map((activity) => (
                <QualityOf key={activity.id} activity={activity} />
              ))}
            </ul>
          )}
        </Step>
        <Step number={5} title={t('traceability.chain.stepOutcome')}>
          {chain.activities.length === 0 ? (
            <NoActivities chain={chain} />
          ) : (
            <ul className="oogo-chain__items">
              {chain.activities.map((activity) => (
                <OutcomeOf key={activity.id} activity={activity} />
              ))}
            </ul>
          )}
        </Step>
      </ol>
    </section>
  );
}

/**
 * "Volg de keten": pick a starting point (or arrive by a deep link), then walk the chain both
 * ways. Focus follows the walk: to the new chain's heading, or back to the picker on close.
 */
export function ChainSection({ model, search }: { model: TraceModel; search: TraceSearch }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const key = startKey(search.start);
  const previousKey = useRef(key);
  useEffect(() => {
    if (previousKey.current === key) return;
    previousKey.current = key;
    if (key) {
      headingRef.current?.focus();
      headingRef.current?.scrollIntoView?.({ block: 'start' });
    } else {
      selectRef.current?.focus();
    }
  }, [key]);

  const chain = search.start ? buildChain(model, search.start, search.filter) : null;

  return (
    <section aria-labelledby="trace-chain-title" className="oogo-trace-section">
      <Heading3 id="trace-chain-title">{t('traceability.chain.title')}</Heading3>
      <Paragraph>{t('traceability.chain.intro')}</Paragraph>
      <ChainPicker key={key} model={model} current={search.start} selectRef={selectRef} />
      {search.start && !chain && (
        <Alert type="warning">
          <Paragraph>{t('traceability.chain.notFound')}</Paragraph>
          <AppLink to={{ search: writeTraceSearch(params, { start: null }) }}>
            {t('traceability.chain.close')}
          </AppLink>
        </Alert>
      )}
      {chain && <ChainView chain={chain} model={model} headingRef={headingRef} />}
    </section>
  );
}
