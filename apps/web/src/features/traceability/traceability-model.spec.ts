import {
  buildChain,
  buildMatrix,
  buildTraceModel,
  latestOutcome,
  NO_EXECUTOR,
  readTraceSearch,
  writeTraceSearch,
  type TracePlanInput,
} from './traceability-model';

const gemeente = { id: 'org-gemeente', name: 'Gemeente Noorderveen' };
const jeugdhulp = { id: 'org-jeugdhulp', name: 'Jeugdhulp De Linde' };
const school = { id: 'org-school', name: 'Stichting Kompas' };

const target = (
  id: string,
  societalResultId: string,
  indicatorId: string,
  onTrack: boolean | null,
): TracePlanInput['resultIndicators'][number] => ({
  id,
  societalResultId,
  indicatorId,
  baselineValue: 16,
  baselineYear: 2022,
  targetValue: 14,
  targetYear: 2028,
  targetKind: 'AMBITION',
  direction: 'DECREASE',
  progress: { latestValue: 17, latestPeriod: '2024JJ00', progressPct: -50, onTrack },
});

const outcome = (id: string, activityId: string, year: number) => ({
  id,
  activityId,
  period: `${year}JJ00`,
  periodEnd: `${year}-12-31`,
  goalRealisationPct: 70,
  plannedTerminationPct: 80,
  clientSatisfactionPct: null,
  respondents: 40,
});

/**
 * Three results (one nobody serves), four activities (one serving nothing, without executor;
 * one without a recent outcome), one off-track target: the demo region's gaps in small.
 */
const plan: TracePlanInput = {
  participants: [school, jeugdhulp, gemeente],
  indicators: [
    { id: 'ind-psy', name: 'Psychosociale problemen', unit: '%' },
    { id: 'ind-verzuim', name: 'Absoluut verzuim', unit: 'per 1.000 leerplichtigen' },
    { id: 'ind-unused', name: 'Kinderen in armoede', unit: '%' },
  ],
  societalResults: [
    { id: 'res-mentaal', statement: 'Jongeren voelen zich mentaal gezond.' },
    { id: 'res-school', statement: 'Alle kinderen gaan naar school.' },
    { id: 'res-armoede', statement: 'Kinderen groeien op zonder geldzorgen.' },
  ],
  resultIndicators: [
    target('ri-psy', 'res-mentaal', 'ind-psy', false),
    target('ri-verzuim-mentaal', 'res-mentaal', 'ind-verzuim', true),
    target('ri-verzuim', 'res-school', 'ind-verzuim', null),
  ],
  activities: [
    { id: 'act-poh', name: 'Praktijkondersteuner jeugd', kind: 'ACCESS', executor: gemeente },
    { id: 'act-rots', name: 'Rots en Water', kind: 'PREVENTIVE', executor: jeugdhulp },
    { id: 'act-overdracht', name: 'Warme overdracht', kind: 'PREVENTIVE', executor: null },
    { id: 'act-mst', name: 'Multisysteemtherapie', kind: 'CURATIVE', executor: jeugdhulp },
  ],
  contributions: [
    // Out of plan order on purpose: the model orders by the plan's results and activities.
    { id: 'c-poh-school', activityId: 'act-poh', societalResultId: 'res-school', rationale: 'B' },
    {
      id: 'c-rots-mentaal',
      activityId: 'act-rots',
      societalResultId: 'res-mentaal',
      rationale: '',
    },
    { id: 'c-poh-mentaal', activityId: 'act-poh', societalResultId: 'res-mentaal', rationale: 'A' },
    { id: 'c-mst-school', activityId: 'act-mst', societalResultId: 'res-school', rationale: 'C' },
    // A second link between the same pair, and one to an item that is not in the plan.
    { id: 'c-dup', activityId: 'act-poh', societalResultId: 'res-mentaal', rationale: 'again' },
    { id: 'c-gone', activityId: 'act-deleted', societalResultId: 'res-school', rationale: '' },
  ],
  qualityChecks: [
    {
      id: 'q-poh',
      activityId: 'act-poh',
      requirement: 'REPORTING_CODE',
      perspective: 'PROVIDER',
      status: 'MET',
    },
  ],
  outcomeMeasurements: [
    outcome('o-poh-2024', 'act-poh', 2024),
    outcome('o-poh-2023', 'act-poh', 2023),
    outcome('o-rots-2023', 'act-rots', 2023),
  ],
  gaps: [
    { kind: 'RESULT_WITHOUT_ACTIVITY', itemId: 'res-armoede', itemType: 'SocietalResult' },
    { kind: 'RESULT_INDICATOR_OFF_TRACK', itemId: 'ri-psy', itemType: 'ResultIndicator' },
    { kind: 'ACTIVITY_WITHOUT_RESULT', itemId: 'act-overdracht', itemType: 'Activity' },
    { kind: 'ACTIVITY_WITHOUT_RECENT_OUTCOME', itemId: 'act-rots', itemType: 'Activity' },
    { kind: 'ACTIVITY_WITHOUT_RECENT_OUTCOME', itemId: 'act-overdracht', itemType: 'Activity' },
  ],
};

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('buildTraceModel', () => {
  const model = buildTraceModel(plan);

  it('numbers the results in plan order and links both ways, each pair once', () => {
    expect(model.results.map((result) => [result.number, result.id, result.activityIds])).toEqual([
      [1, 'res-mentaal', ['act-poh', 'act-rots']],
      [2, 'res-school', ['act-poh', 'act-mst']],
      [3, 'res-armoede', []],
    ]);
    expect(model.activities.map((activity) => [activity.id, activity.resultIds])).toEqual([
      ['act-poh', ['res-mentaal', 'res-school']],
      ['act-rots', ['res-mentaal']],
      ['act-overdracht', []],
      ['act-mst', ['res-school']],
    ]);
    expect(model.activityById.get('act-poh')?.contributions.map((c) => c.rationale)).toEqual([
      'A',
      'B',
    ]);
  });

  it('hangs the gaps on their items; a result carries those of its targets too', () => {
    const mentaal = model.resultById.get('res-mentaal');
    expect(mentaal?.ownGaps).toEqual([]);
    expect(mentaal?.gaps).toEqual(['RESULT_INDICATOR_OFF_TRACK']);
    expect(model.resultById.get('res-armoede')?.gaps).toEqual(['RESULT_WITHOUT_ACTIVITY']);
    expect(model.targetById.get('ri-psy')?.gaps).toEqual(['RESULT_INDICATOR_OFF_TRACK']);
    expect(model.activityById.get('act-overdracht')?.gaps).toEqual([
      'ACTIVITY_WITHOUT_RESULT',
      'ACTIVITY_WITHOUT_RECENT_OUTCOME',
    ]);
    expect(model.activityById.get('act-poh')?.gaps).toEqual([]);
  });

  it('names, per result, the activities that miss outcome data', () => {
    expect(model.resultById.get('res-mentaal')?.activitiesWithoutRecentOutcome).toEqual([
      'act-rots',
    ]);
    expect(model.resultById.get('res-school')?.activitiesWithoutRecentOutcome).toEqual([]);
  });

  it('gives each target its indicator and progress, and each indicator its results', () => {
    expect(model.targetById.get('ri-verzuim')).toMatchObject({
      indicatorName: 'Absoluut verzuim',
      unit: 'per 1.000 leerplichtigen',
      latestValue: 17,
      latestPeriod: '2024JJ00',
      progressPct: -50,
      onTrack: null,
    });
    expect(model.indicatorById.get('ind-verzuim')?.resultIds).toEqual([
      'res-mentaal',
      'res-school',
    ]);
    expect(model.indicatorById.get('ind-unused')?.resultIds).toEqual([]);
  });

  it('orders outcomes oldest first and knows the latest', () => {
    const poh = model.activityById.get('act-poh');
    expect(poh && ids(poh.outcomes)).toEqual(['o-poh-2023', 'o-poh-2024']);
    expect(poh && latestOutcome(poh)?.period).toBe('2024JJ00');
    const overdracht = model.activityById.get('act-overdracht');
    expect(overdracht && latestOutcome(overdracht)).toBeNull();
    expect(poh?.qualityChecks).toEqual([
      { id: 'q-poh', requirement: 'REPORTING_CODE', perspective: 'PROVIDER', status: 'MET' },
    ]);
  });

  it('offers every participant and executor as a filter, by name, with its activity count', () => {
    expect(model.organizations).toEqual([
      { id: gemeente.id, name: gemeente.name, activityCount: 1 },
      { id: jeugdhulp.id, name: jeugdhulp.name, activityCount: 2 },
      { id: school.id, name: school.name, activityCount: 0 },
    ]);
    expect(model.activitiesWithoutExecutor).toBe(1);
  });

  it('copes with an empty plan', () => {
    const empty = buildTraceModel({
      participants: [],
      indicators: [],
      societalResults: [],
      resultIndicators: [],
      activities: [],
      contributions: [],
      qualityChecks: [],
      outcomeMeasurements: [],
      gaps: [],
    });
    expect(buildMatrix(empty, { organizationId: null, onlyGaps: false })).toEqual({
      columns: [],
      rows: [],
      total: 0,
    });
  });
});

describe('buildMatrix', () => {
  const model = buildTraceModel(plan);

  it('has a row per activity, a column per result, and a cell per contribution', () => {
    const matrix = buildMatrix(model, { organizationId: null, onlyGaps: false });
    expect(matrix.columns.map((column) => [column.result.id, column.hasGap])).toEqual([
      ['res-mentaal', true],
      ['res-school', false],
      ['res-armoede', true],
    ]);
    expect(matrix.rows.map((row) => [row.activity.id, row.cells, row.hasGap])).toEqual([
      ['act-poh', [true, true, false], false],
      ['act-rots', [true, false, false], true],
      ['act-overdracht', [false, false, false], true],
      ['act-mst', [false, true, false], false],
    ]);
    expect(matrix.total).toBe(4);
  });

  it('narrows the rows to one organisation, keeping every result as a column', () => {
    const matrix = buildMatrix(model, { organizationId: jeugdhulp.id, onlyGaps: false });
    expect(matrix.rows.map((row) => row.activity.id)).toEqual(['act-rots', 'act-mst']);
    expect(matrix.columns).toHaveLength(3);
    expect(matrix.total).toBe(4);
  });

  it('filters activities without an executor, and those with a gap', () => {
    const rowsOf = (organizationId: string | null, onlyGaps: boolean) =>
      buildMatrix(model, { organizationId, onlyGaps }).rows.map((row) => row.activity.id);
    expect(rowsOf(NO_EXECUTOR, false)).toEqual(['act-overdracht']);
    expect(rowsOf(null, true)).toEqual(['act-rots', 'act-overdracht']);
    expect(rowsOf(jeugdhulp.id, true)).toEqual(['act-rots']);
    expect(rowsOf(school.id, false)).toEqual([]);
  });
});

describe('buildChain', () => {
  const model = buildTraceModel(plan);

  it('from an activity: the results it serves and their indicators', () => {
    const chain = buildChain(model, { kind: 'activity', id: 'act-poh' });
    expect(chain?.label).toBe('Praktijkondersteuner jeugd');
    expect(chain && ids(chain.results)).toEqual(['res-mentaal', 'res-school']);
    expect(chain && ids(chain.indicators)).toEqual(['ind-psy', 'ind-verzuim']);
    expect(chain && ids(chain.activities)).toEqual(['act-poh']);
  });

  it('from an activity that serves nothing: only the activity', () => {
    const chain = buildChain(model, { kind: 'activity', id: 'act-overdracht' });
    expect(chain && [chain.indicators, chain.results, ids(chain.activities)]).toEqual([
      [],
      [],
      ['act-overdracht'],
    ]);
  });

  it('from a result: its indicators and the activities serving it', () => {
    const chain = buildChain(model, { kind: 'result', id: 'res-mentaal' });
    expect(chain && ids(chain.indicators)).toEqual(['ind-psy', 'ind-verzuim']);
    expect(chain && ids(chain.results)).toEqual(['res-mentaal']);
    expect(chain && ids(chain.activities)).toEqual(['act-poh', 'act-rots']);
    expect(chain?.hiddenActivities).toBe(0);
  });

  it('from an indicator: the results it measures and all their activities, each once', () => {
    const chain = buildChain(model, { kind: 'indicator', id: 'ind-verzuim' });
    expect(chain && ids(chain.indicators)).toEqual(['ind-verzuim']);
    expect(chain && ids(chain.results)).toEqual(['res-mentaal', 'res-school']);
    expect(chain && ids(chain.activities)).toEqual(['act-poh', 'act-rots', 'act-mst']);
  });

  it('applies the organisation filter to the activities, and counts what it hides', () => {
    const filter = { organizationId: gemeente.id, onlyGaps: true };
    const chain = buildChain(model, { kind: 'result', id: 'res-mentaal' }, filter);
    // "Only gaps" is about the overview: the chain still shows a gapless activity.
    expect(chain && ids(chain.activities)).toEqual(['act-poh']);
    expect(chain?.hiddenActivities).toBe(1);
    // The starting activity itself is never filtered away.
    const own = buildChain(model, { kind: 'activity', id: 'act-rots' }, filter);
    expect(own && ids(own.activities)).toEqual(['act-rots']);
  });

  it('is null for an item that is not in the plan (an old link)', () => {
    expect(buildChain(model, { kind: 'result', id: 'nope' })).toBeNull();
    expect(buildChain(model, { kind: 'activity', id: 'res-mentaal' })).toBeNull();
    expect(buildChain(model, { kind: 'indicator', id: 'nope' })).toBeNull();
  });
});

describe('the URL', () => {
  it('reads the starting point, filter and view', () => {
    expect(
      readTraceSearch(
        new URLSearchParams('activiteit=a1&organisatie=o1&knelpunten=ja&weergave=lijst'),
      ),
    ).toEqual({
      start: { kind: 'activity', id: 'a1' },
      filter: { organizationId: 'o1', onlyGaps: true },
      view: 'lijst',
    });
    expect(readTraceSearch(new URLSearchParams('resultaat=r1&weergave=taart'))).toEqual({
      start: { kind: 'result', id: 'r1' },
      filter: { organizationId: null, onlyGaps: false },
      view: null,
    });
    expect(readTraceSearch(new URLSearchParams('indicator=i1&knelpunten=nee')).start).toEqual({
      kind: 'indicator',
      id: 'i1',
    });
    expect(readTraceSearch(new URLSearchParams('activiteit=&organisatie=')).start).toBeNull();
  });

  it('writes a change and keeps the rest; one starting point at a time', () => {
    const params = new URLSearchParams('activiteit=a1&organisatie=o1&weergave=lijst');
    expect(writeTraceSearch(params, { start: { kind: 'result', id: 'r2' } })).toBe(
      '?organisatie=o1&weergave=lijst&resultaat=r2',
    );
    expect(writeTraceSearch(params, { start: null })).toBe('?organisatie=o1&weergave=lijst');
    expect(writeTraceSearch(params, { filter: { organizationId: null, onlyGaps: true } })).toBe(
      '?activiteit=a1&weergave=lijst&knelpunten=ja',
    );
    expect(writeTraceSearch(params, { view: 'tabel' })).toBe(
      '?activiteit=a1&organisatie=o1&weergave=tabel',
    );
    expect(
      writeTraceSearch(new URLSearchParams('knelpunten=ja'), { filter: { onlyGaps: false } }),
    ).toBe('');
    // The params it was given stay as they were.
    expect(params.toString()).toBe('activiteit=a1&organisatie=o1&weergave=lijst');
  });
});
