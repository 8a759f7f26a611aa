import {
  Button,
  Checkbox,
  Heading3,
  Heading4,
  Heading5,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  activityMatches,
  buildMatrix,
  NO_EXECUTOR,
  writeTraceSearch,
  type Matrix,
  type TraceFilter,
  type TraceModel,
  type TraceResult,
  type TraceSearch,
  type TraceView,
} from './traceability-model';
import {
  ChainLink,
  ExecutorText,
  GapMarkers,
  OnTrackBadge,
  ResultColumnLink,
  ResultNumber,
} from './traceability-parts';

/** Narrow screens get the list unless the user chose otherwise. */
const NARROW = '(max-width: 40em)';

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/**
 * The filter as its controls show it: the user's choice at once, and the URL's whenever that
 * changes (a link, back and forward). The URL follows the choice a moment later (a router
 * transition); meanwhile a controlled checkbox would spring back, and a quick second change
 * would build on the old URL.
 */
function useShownFilter(filter: TraceFilter): [TraceFilter, (next: TraceFilter) => void] {
  const [shown, setShown] = useState(filter);
  const [fromUrl, setFromUrl] = useState(filter);
  if (fromUrl.organizationId !== filter.organizationId || fromUrl.onlyGaps !== filter.onlyGaps) {
    setFromUrl(filter);
    setShown(filter);
  }
  return [shown, setShown];
}

function Filter({
  model,
  filter,
  matrix,
}: {
  model: TraceModel;
  filter: TraceFilter;
  matrix: Matrix;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [shown, setShown] = useShownFilter(filter);
  // Filtering is not a place to go back to: it replaces the history entry.
  const change = (next: Partial<TraceFilter>) => {
    const merged = { ...shown, ...next };
    setShown(merged);
    void navigate({ search: writeTraceSearch(params, { filter: merged }) }, { replace: true });
  };

  return (
    <div className="oogo-trace-filter">
      <div className="oogo-trace-filter__field">
        <label htmlFor={`${id}-organization`} className="utrecht-form-label">
          {t('traceability.overview.organization')}
        </label>
        <p id={`${id}-organization-help`} className="oogo-trace-help">
          {t('traceability.overview.organizationHelp')}
        </p>
        <Select
          id={`${id}-organization`}
          aria-describedby={`${id}-organization-help`}
          value={shown.organizationId ?? ''}
          onChange={(event) => change({ organizationId: event.target.value || null })}
        >
          <SelectOption value="">{t('traceability.overview.allOrganizations')}</SelectOption>
          {model.organizations.map((organization) => (
            <SelectOption key={organization.id} value={organization.id}>
              {t('traceability.overview.organizationOption', {
                name: organization.name,
                count: organization.activityCount,
              })}
            </SelectOption>
          ))}
          {model.activitiesWithoutExecutor > 0 && (
            <SelectOption value={NO_EXECUTOR}>
              {t('traceability.overview.noExecutorOption', {
                count: model.activitiesWithoutExecutor,
              })}
            </SelectOption>
          )}
        </Select>
      </div>
      <div className="oogo-trace-filter__check">
        <Checkbox
          id={`${id}-gaps`}
          appearance="native"
          checked={shown.onlyGaps}
          onChange={(event) => change({ onlyGaps: event.target.checked })}
        />
        <label htmlFor={`${id}-gaps`}>{t('traceability.overview.onlyGaps')}</label>
      </div>
      <p className="oogo-trace-filter__count" role="status">
        {t('traceability.overview.shown', { count: matrix.rows.length, total: matrix.total })}
      </p>
    </div>
  );
}

/** Each result's number, statement and course: the key to the matrix's "R1", "R2" columns. */
function ResultLegend({ results }: { results: readonly TraceResult[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="oogo-trace-legend">
      <Heading4 id={id}>{t('traceability.matrix.legendTitle')}</Heading4>
      <ul aria-labelledby={id} className="oogo-trace-legend__list">
        {results.map((result) => (
          <li key={result.id} className={result.gaps.length ? 'oogo-trace-legend--gap' : ''}>
            <ResultNumber result={result} />{' '}
            <ChainLink start={{ kind: 'result', id: result.id }}>{result.statement}</ChainLink>
            <ResultCourse result={result} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Per effect indicator: on track or not; and the result's gaps in words. */
function ResultCourse({ result }: { result: TraceResult }) {
  return (
    <>
      {result.targets.length > 0 && (
        <ul className="oogo-trace-course">
          {result.targets.map((target) => (
            <li key={target.id}>
              {target.indicatorName}: <OnTrackBadge onTrack={target.onTrack} />
            </li>
          ))}
        </ul>
      )}
      <GapMarkers gaps={result.gaps} />
    </>
  );
}

function MatrixTable({ matrix, caption }: { matrix: Matrix; caption: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph small className="oogo-trace-help">
        {t('traceability.matrix.scrollHint')}
      </Paragraph>
      <div className="oogo-trace-matrix">
        <Table className="oogo-trace-matrix__table">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">
                {t('traceability.matrix.activityColumn')}
              </TableHeaderCell>
              {matrix.columns.map(({ result, hasGap }) => (
                <TableHeaderCell
                  key={result.id}
                  scope="col"
                  className={`oogo-trace-matrix__result ${hasGap ? 'oogo-trace-matrix--gap' : ''}`}
                >
                  <ResultColumnLink result={result} />
                  {hasGap && <GapMarkers gaps={result.gaps} compact />}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('traceability.matrix.gapsColumn')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {matrix.rows.map(({ activity, cells, hasGap }) => (
              <TableRow key={activity.id} className={hasGap ? 'oogo-trace-matrix__row--gap' : ''}>
                <TableHeaderCell scope="row" className="oogo-trace-matrix__activity">
                  <ChainLink start={{ kind: 'activity', id: activity.id }}>
                    {activity.name}
                  </ChainLink>
                  <ExecutorText activity={activity} />
                </TableHeaderCell>
                {cells.map((contributes, index) => (
                  <TableCell
                    key={matrix.columns[index].result.id}
                    className="oogo-trace-matrix__cell"
                  >
                    {contributes ? (
                      <>
                        <span aria-hidden="true" className="oogo-trace-matrix__mark">
                          ✓
                        </span>
                        <span className="oogo-visually-hidden">
                          {t('traceability.matrix.contributes')}
                        </span>
                      </>
                    ) : (
                      <span className="oogo-visually-hidden">
                        {t('traceability.matrix.notContributes')}
                      </span>
                    )}
                  </TableCell>
                ))}
                <TableCell className="oogo-trace-matrix__gaps">
                  {hasGap ? (
                    <GapMarkers gaps={activity.gaps} />
                  ) : (
                    <span className="oogo-trace-muted">{t('traceability.noGaps')}</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

/** The same as the matrix, as nested lists with headings: for screen readers and small screens. */
function MatrixList({
  model,
  matrix,
  filter,
}: {
  model: TraceModel;
  matrix: Matrix;
  filter: TraceFilter;
}) {
  const { t } = useTranslation();
  const filtered = filter.organizationId !== null || filter.onlyGaps;
  return (
    <div className="oogo-trace-list">
      <Heading4>{t('traceability.list.byActivity')}</Heading4>
      <ul className="oogo-trace-list__items">
        {matrix.rows.map(({ activity, hasGap }) => (
          <li key={activity.id} className={hasGap ? 'oogo-trace-list--gap' : ''}>
            <Heading5 className="oogo-trace-list__title">
              <ChainLink start={{ kind: 'activity', id: activity.id }}>{activity.name}</ChainLink>
            </Heading5>
            <p className="oogo-trace-list__meta">
              <ExecutorText activity={activity} />
            </p>
            <GapMarkers gaps={activity.gaps} />
            {activity.resultIds.length === 0 ? (
              <p>{t('traceability.list.noResult')}</p>
            ) : (
              <>
                <p className="oogo-trace-list__label">{t('traceability.list.helpsWith')}</p>
                <ul>
                  {activity.resultIds.map((resultId) => {
                    const result = model.resultById.get(resultId);
                    return (
                      result && (
                        <li key={result.id}>
                          <ResultNumber result={result} />{' '}
                          <ChainLink start={{ kind: 'result', id: result.id }}>
                            {result.statement}
                          </ChainLink>
                          <ResultCourse result={result} />
                        </li>
                      )
                    );
                  })}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>

      <Heading4>{t('traceability.list.byResult')}</Heading4>
      <ul className="oogo-trace-list__items">
        {matrix.columns.map(({ result, hasGap }) => {
          const activities = result.activityIds
            .map((id) => model.activityById.get(id))
            .filter((activity) => activity && activityMatches(activity, filter));
          return (
            <li key={result.id} className={hasGap ? 'oogo-trace-list--gap' : ''}>
              <Heading5 className="oogo-trace-list__title">
                <ResultNumber result={result} />{' '}
                <ChainLink start={{ kind: 'result', id: result.id }}>{result.statement}</ChainLink>
              </Heading5>
              <ResultCourse result={result} />
              {activities.length === 0 ? (
                <p>
                  {filtered && result.activityIds.length > 0
                    ? t('traceability.list.noActivityFiltered')
                    : t('traceability.list.noActivity')}
                </p>
              ) : (
                <>
                  <p className="oogo-trace-list__label">{t('traceability.list.helpedBy')}</p>
                  <ul>
                    {activities.map(
                      (activity) =>
                        activity && (
                          <li key={activity.id}>
                            <ChainLink start={{ kind: 'activity', id: activity.id }}>
                              {activity.name}
                            </ChainLink>{' '}
                            (<ExecutorText activity={activity} />)
                            <GapMarkers gaps={activity.gaps} />
                          </li>
                        ),
                    )}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Activities × results, filtered by organisation, as a table or as lists. */
export function Overview({ model, search }: { model: TraceModel; search: TraceSearch }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const narrow = useMediaQuery(NARROW);
  const view: TraceView = search.view ?? (narrow ? 'lijst' : 'tabel');
  const matrix = buildMatrix(model, search.filter);
  const organization = model.organizations.find((org) => org.id === search.filter.organizationId);
  const caption = organization
    ? t('traceability.matrix.captionFiltered', { name: organization.name })
    : t('traceability.matrix.caption');
  const otherView: TraceView = view === 'tabel' ? 'lijst' : 'tabel';

  return (
    <section aria-labelledby="trace-overview-title" className="oogo-trace-section">
      <Heading3 id="trace-overview-title">{t('traceability.overview.title')}</Heading3>
      <Paragraph>
        {view === 'tabel'
          ? t('traceability.overview.introTable')
          : t('traceability.overview.introList')}
      </Paragraph>
      <Filter model={model} filter={search.filter} matrix={matrix} />
      <div className="oogo-trace-view">
        <Button
          appearance="secondary-action-button"
          aria-describedby="trace-view-help"
          onClick={() =>
            void navigate(
              { search: writeTraceSearch(params, { view: otherView }) },
              { replace: true },
            )
          }
        >
          {otherView === 'lijst'
            ? t('traceability.overview.showList')
            : t('traceability.overview.showTable')}
        </Button>
        <p id="trace-view-help" className="oogo-trace-help">
          {t('traceability.overview.viewHelp')}
        </p>
      </div>
      {matrix.rows.length === 0 && (
        <Paragraph className="oogo-trace-note">{t('traceability.overview.noneShown')}</Paragraph>
      )}
      {view === 'tabel' ? (
        <>
          <ResultLegend results={model.results} />
          {matrix.rows.length > 0 && <MatrixTable matrix={matrix} caption={caption} />}
        </>
      ) : (
        <MatrixList model={model} matrix={matrix} filter={search.filter} />
      )}
    </section>
  );
}
