import { STAGE_OF_ITEM } from '@oogo/shared-domain';
import {
  aLiteratureReference,
  anActivity,
  anAnalysis,
  anAnalysisIndicator,
  anIndicator,
  aSnapshot,
  aSocietalResult,
} from '../insight/testing/snapshot-factory';
import { CONTENT_ENTITIES } from './consultation-reads';
import { compareFrozenPlans, freezePlan } from './frozen-plan';

describe('a frozen plan version', () => {
  it('holds every item per bouwsteen, link sets folded into their owners', () => {
    const indicator = anIndicator();
    const analysis = anAnalysis();
    const activity = anActivity();
    const frozen = freezePlan(
      aSnapshot({
        indicators: [indicator],
        analyses: [analysis],
        analysisIndicators: [anAnalysisIndicator(analysis.id, indicator.id)],
        activities: [activity],
        literatureReferences: [aLiteratureReference({ activityId: activity.id })],
      }),
    );

    const youth = frozen.stages.find((stage) => stage.stage === 'YOUTH_SITUATION');
    expect(youth?.items['Analysis']).toEqual([
      expect.objectContaining({ id: analysis.id, indicatorIds: [indicator.id], signalIds: [] }),
    ]);
    expect(
      frozen.stages.find((stage) => stage.stage === 'ACTIVITIES')?.items['LiteratureReference'],
    ).toHaveLength(1);
    // Dates as the text jsonb gives back, so a stored and a fresh version compare alike.
    expect(typeof youth?.items['Indicator']?.[0]?.['createdAt']).toBe('string');
  });

  it('covers exactly the item types whose changes make an approval stale', () => {
    const types = freezePlan(aSnapshot()).stages.flatMap((stage) => Object.keys(stage.items));

    expect(types.sort()).toEqual(Object.keys(STAGE_OF_ITEM).sort());
    expect([...CONTENT_ENTITIES].sort()).toEqual([...types, 'Plan'].sort());
  });

  it('compares by content, not by version or timestamps', () => {
    const kept = aSocietalResult({ statement: 'Minder verzuim' });
    const renamed = aSocietalResult({ statement: 'Meer kinderen op de peuteropvang' });
    const removed = aSocietalResult({ statement: 'Minder thuiszitters' });
    const from = freezePlan(aSnapshot({ societalResults: [kept, renamed, removed] }));
    const added = aSocietalResult({ statement: 'Gezonde leefstijl' });
    const to = freezePlan(
      aSnapshot({
        societalResults: [
          { ...kept, version: kept.version + 3, updatedAt: new Date('2030-01-01') },
          { ...renamed, statement: 'Alle peuters naar de peuteropvang' },
          added,
        ],
      }),
    );

    const { stages, planChangedFields } = compareFrozenPlans(from, to);

    expect(planChangedFields).toEqual([]);
    expect(stages.find((stage) => stage.stage === 'SOCIETAL_RESULTS')).toEqual({
      stage: 'SOCIETAL_RESULTS',
      added: [
        {
          itemType: 'SocietalResult',
          itemId: added.id,
          label: 'Gezonde leefstijl',
          changedFields: [],
        },
      ],
      changed: [
        {
          itemType: 'SocietalResult',
          itemId: renamed.id,
          label: 'Alle peuters naar de peuteropvang',
          changedFields: ['statement'],
        },
      ],
      removed: [
        {
          itemType: 'SocietalResult',
          itemId: removed.id,
          label: 'Minder thuiszitters',
          changedFields: [],
        },
      ],
    });
  });
});
