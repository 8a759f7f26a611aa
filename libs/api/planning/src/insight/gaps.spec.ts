import { EvidenceLevel, GapKind, STAGES_IN_ORDER } from '@oogo/shared-domain';
import type { Activity } from '../activities/activities.entities';
import { planCompleteness } from './completeness';
import { findGaps } from './gaps';
import type { PlanSnapshot } from './plan-snapshot';
import {
  aContribution,
  aLiteratureReference,
  aMeasurement,
  anActivity,
  anIndicator,
  anOrganization,
  anOutcomeMeasurement,
  aResultIndicator,
  aSnapshot,
  aSocietalResult,
  fullChecklist,
} from './testing/snapshot-factory';

/**
 * One unbroken chain: a result with an effect indicator on track (15 in 2024, the path expects
 * 16), served by one well-founded activity with an outcome in 2024.
 */
function unbrokenChain(activityOverrides: Partial<Activity> = {}) {
  const indicator = anIndicator();
  const result = aSocietalResult();
  const resultIndicator = aResultIndicator({
    societalResultId: result.id,
    indicatorId: indicator.id,
  });
  const activity = anActivity(activityOverrides);
  const rows = {
    indicators: [indicator],
    measurements: [aMeasurement({ indicatorId: indicator.id, period: '2024JJ00', value: 15 })],
    societalResults: [result],
    resultIndicators: [resultIndicator],
    activities: [activity],
    contributions: [aContribution({ activityId: activity.id, societalResultId: result.id })],
    outcomeMeasurements: [anOutcomeMeasurement({ activityId: activity.id, period: '2024JJ00' })],
  } satisfies Partial<PlanSnapshot>;
  return { indicator, result, resultIndicator, activity, rows };
}

/** An activity that serves the chain's result and has a recent outcome: no gaps of its own. */
function servingActivity(
  chain: ReturnType<typeof unbrokenChain>,
  overrides: Partial<Activity> = {},
) {
  const activity = anActivity(overrides);
  return {
    activity,
    contribution: aContribution({ activityId: activity.id, societalResultId: chain.result.id }),
    outcome: anOutcomeMeasurement({ activityId: activity.id, period: '2024JJ00' }),
  };
}

const kindsAndItems = (snapshot: PlanSnapshot) =>
  findGaps(snapshot).map(({ kind, itemId }) => [kind, itemId]);

describe('findGaps', () => {
  it('finds nothing in an unbroken chain', () => {
    expect(findGaps(aSnapshot(unbrokenChain().rows))).toEqual([]);
  });

  it('finds nothing in an empty plan', () => {
    expect(findGaps(aSnapshot())).toEqual([]);
  });

  describe('RESULT_WITHOUT_ACTIVITY', () => {
    it('flags a result no activity contributes to', () => {
      const { rows } = unbrokenChain();
      const lonely = aSocietalResult({ statement: 'Minder thuiszitters' });

      expect(
        findGaps(aSnapshot({ ...rows, societalResults: [...rows.societalResults, lonely] })),
      ).toEqual([
        {
          kind: GapKind.RESULT_WITHOUT_ACTIVITY,
          stage: 'SOCIETAL_RESULTS',
          itemType: 'SocietalResult',
          itemId: lonely.id,
          period: null,
        },
      ]);
    });
  });

  describe('ACTIVITY_WITHOUT_RESULT', () => {
    it('flags an activity that contributes to no result', () => {
      const chain = unbrokenChain();
      const { activity, outcome } = servingActivity(chain);
      const { rows } = chain;

      expect(
        findGaps(
          aSnapshot({
            ...rows,
            activities: [...rows.activities, activity],
            outcomeMeasurements: [...rows.outcomeMeasurements, outcome],
          }),
        ),
      ).toEqual([
        {
          kind: GapKind.ACTIVITY_WITHOUT_RESULT,
          stage: 'ACTIVITIES',
          itemType: 'Activity',
          itemId: activity.id,
          period: null,
        },
      ]);
    });
  });

  describe('ACTIVITY_WITHOUT_RECENT_OUTCOME', () => {
    it('flags an activity without an outcome in the last year any activity has one', () => {
      const chain = unbrokenChain();
      const older = servingActivity(chain);
      const { rows } = chain;
      const snapshot = aSnapshot({
        ...rows,
        activities: [...rows.activities, older.activity],
        contributions: [...rows.contributions, older.contribution],
        // The chain's activity reports per quarter; any kind of period counts.
        outcomeMeasurements: [
          anOutcomeMeasurement({ activityId: chain.activity.id, period: '2024KW03' }),
          anOutcomeMeasurement({ activityId: older.activity.id, period: '2023JJ00' }),
        ],
      });

      expect(findGaps(snapshot)).toEqual([
        {
          kind: GapKind.ACTIVITY_WITHOUT_RECENT_OUTCOME,
          stage: 'OUTCOMES',
          itemType: 'Activity',
          itemId: older.activity.id,
          period: '2024JJ00',
        },
      ]);
    });

    it('flags every activity, without a period, when the plan has no outcomes at all', () => {
      const chain = unbrokenChain();
      const other = servingActivity(chain);
      const { rows } = chain;
      const snapshot = aSnapshot({
        ...rows,
        activities: [...rows.activities, other.activity],
        contributions: [...rows.contributions, other.contribution],
        outcomeMeasurements: [],
      });

      expect(findGaps(snapshot)).toEqual(
        [chain.activity, other.activity].map((activity) => ({
          kind: GapKind.ACTIVITY_WITHOUT_RECENT_OUTCOME,
          stage: 'OUTCOMES',
          itemType: 'Activity',
          itemId: activity.id,
          period: null,
        })),
      );
    });
  });

  describe('RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT', () => {
    it('flags a target without a gemeente figure in the latest year of the plan', () => {
      const { rows, indicator, resultIndicator } = unbrokenChain();
      const recent = anIndicator({ name: 'Thuiszitters' });
      const snapshot = aSnapshot({
        ...rows,
        indicators: [indicator, recent],
        measurements: [
          aMeasurement({ indicatorId: indicator.id, period: '2023JJ00', value: 16 }),
          // Neither a quarter nor the national figure counts as this year's figure.
          aMeasurement({ indicatorId: indicator.id, period: '2024KW01', value: 15 }),
          aMeasurement({ indicatorId: indicator.id, period: '2024JJ00', areaCode: 'NL01' }),
          aMeasurement({ indicatorId: recent.id, period: '2024JJ00' }),
        ],
      });

      expect(findGaps(snapshot)).toEqual([
        {
          kind: GapKind.RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT,
          stage: 'SOCIETAL_RESULTS',
          itemType: 'ResultIndicator',
          itemId: resultIndicator.id,
          period: '2024JJ00',
        },
      ]);
    });

    it('does not let national or quarterly figures move the latest year of the plan', () => {
      const { rows, indicator } = unbrokenChain();
      const snapshot = aSnapshot({
        ...rows,
        measurements: [
          ...rows.measurements,
          aMeasurement({ indicatorId: indicator.id, period: '2025JJ00', areaCode: 'NL01' }),
          aMeasurement({ indicatorId: indicator.id, period: '2025KW01' }),
        ],
      });

      expect(findGaps(snapshot)).toEqual([]);
    });

    it('says nothing about recency when the plan has no gemeente figures at all', () => {
      const { rows } = unbrokenChain();

      expect(findGaps(aSnapshot({ ...rows, measurements: [] }))).toEqual([]);
    });
  });

  describe('RESULT_INDICATOR_OFF_TRACK', () => {
    // The path from 20 (2020) to 10 (2030) expects 16 in 2024; the tolerance is 0.2.
    const withLatestValue = (value: number) => {
      const { rows, indicator, resultIndicator } = unbrokenChain();
      const measurements = [aMeasurement({ indicatorId: indicator.id, period: '2024JJ00', value })];
      return { snapshot: aSnapshot({ ...rows, measurements }), resultIndicator };
    };

    it('flags a target that lags behind its path', () => {
      const { snapshot, resultIndicator } = withLatestValue(18);

      expect(findGaps(snapshot)).toEqual([
        {
          kind: GapKind.RESULT_INDICATOR_OFF_TRACK,
          stage: 'SOCIETAL_RESULTS',
          itemType: 'ResultIndicator',
          itemId: resultIndicator.id,
          period: '2024JJ00',
        },
      ]);
    });

    it('allows a lag within the tolerance', () => {
      expect(findGaps(withLatestValue(16.19).snapshot)).toEqual([]);
    });
  });

  describe('CHECKLIST_DOUBTFUL_EFFECTIVENESS', () => {
    const withUnclearPoints = (unclear: number) => {
      const { rows, activity } = unbrokenChain();
      return {
        snapshot: aSnapshot({ ...rows, checklistItems: fullChecklist(activity.id, unclear) }),
        activity,
      };
    };

    it('flags an activity with three unclear checklist points', () => {
      const { snapshot, activity } = withUnclearPoints(3);

      expect(kindsAndItems(snapshot)).toEqual([
        [GapKind.CHECKLIST_DOUBTFUL_EFFECTIVENESS, activity.id],
      ]);
    });

    it('accepts two unclear points', () => {
      expect(findGaps(withUnclearPoints(2).snapshot)).toEqual([]);
    });
  });

  describe('ACTIVITY_WITHOUT_EVIDENCE', () => {
    it('flags an activity without recognition and without literature', () => {
      const { rows, activity } = unbrokenChain({ evidenceLevel: EvidenceLevel.NONE });

      expect(kindsAndItems(aSnapshot(rows))).toEqual([
        [GapKind.ACTIVITY_WITHOUT_EVIDENCE, activity.id],
      ]);
    });

    it('accepts literature instead of recognition', () => {
      const { rows, activity } = unbrokenChain({ evidenceLevel: EvidenceLevel.NONE });
      const snapshot = aSnapshot({
        ...rows,
        literatureReferences: [aLiteratureReference({ activityId: activity.id })],
      });

      expect(findGaps(snapshot)).toEqual([]);
    });
  });

  it('orders gaps by stage, then kind, then item order in the snapshot', () => {
    const resultA = aSocietalResult();
    const resultB = aSocietalResult();
    const first = anActivity({ evidenceLevel: EvidenceLevel.NONE });
    const second = anActivity({ evidenceLevel: EvidenceLevel.NONE });
    const snapshot = aSnapshot({
      societalResults: [resultA, resultB],
      activities: [first, second],
      checklistItems: fullChecklist(second.id, 4),
    });

    expect(kindsAndItems(snapshot)).toEqual([
      [GapKind.RESULT_WITHOUT_ACTIVITY, resultA.id],
      [GapKind.RESULT_WITHOUT_ACTIVITY, resultB.id],
      [GapKind.ACTIVITY_WITHOUT_RESULT, first.id],
      [GapKind.ACTIVITY_WITHOUT_RESULT, second.id],
      [GapKind.CHECKLIST_DOUBTFUL_EFFECTIVENESS, second.id],
      [GapKind.ACTIVITY_WITHOUT_EVIDENCE, first.id],
      [GapKind.ACTIVITY_WITHOUT_EVIDENCE, second.id],
      [GapKind.ACTIVITY_WITHOUT_RECENT_OUTCOME, first.id],
      [GapKind.ACTIVITY_WITHOUT_RECENT_OUTCOME, second.id],
    ]);
  });
});

describe('findGaps and planCompleteness on a large plan', () => {
  /**
   * 200 activities, 40 results, 1,000 contributions, 2,000 measurements, built so the gaps
   * can be counted by hand (see the expectations).
   */
  function largePlan(): PlanSnapshot {
    const gemeenten = [1, 2, 3, 4, 5].map((n) =>
      anOrganization({ name: `Gemeente ${n}`, code: `GM000${n}` }),
    );
    const indicators = Array.from({ length: 40 }, (_, i) => anIndicator({ name: `Cijfer ${i}` }));
    const results = Array.from({ length: 40 }, (_, i) => aSocietalResult({ statement: `R${i}` }));
    const resultIndicators = results.map((result, i) =>
      aResultIndicator({ societalResultId: result.id, indicatorId: indicators[i].id }),
    );
    const measurements = indicators.flatMap((indicator, i) => {
      // Every 10th (9, 19, 29, 39) stops a year early; every 8th (0, 8, …) never moves.
      const lastYear = i % 10 === 9 ? 2023 : 2024;
      return Array.from({ length: 10 }, (_, k) => lastYear - k).flatMap((year) =>
        gemeenten.map((gemeente) =>
          aMeasurement({
            indicatorId: indicator.id,
            areaCode: gemeente.code ?? '',
            period: `${year}JJ00`,
            value: i % 8 === 0 ? 20 : 20 - Math.max(0, year - 2020),
          }),
        ),
      );
    });
    const activities = Array.from({ length: 200 }, (_, a) =>
      anActivity({
        name: `Activiteit ${a}`,
        evidenceLevel: a % 5 === 0 ? EvidenceLevel.NONE : EvidenceLevel.WELL_FOUNDED,
      }),
    );
    // Five results each, among the first 35 only: results 35–39 are not served.
    const contributions = activities.flatMap((activity, a) =>
      [0, 1, 2, 3, 4].map((k) =>
        aContribution({ activityId: activity.id, societalResultId: results[(a * 5 + k) % 35].id }),
      ),
    );
    return aSnapshot({
      organizations: gemeenten,
      indicators,
      measurements,
      societalResults: results,
      resultIndicators,
      activities,
      contributions,
      // Half of the unrecognised activities (a % 10 === 5) are underpinned by literature.
      literatureReferences: activities
        .filter((_, a) => a % 10 === 5)
        .map((activity) => aLiteratureReference({ activityId: activity.id })),
      checklistItems: activities.flatMap((activity, a) =>
        fullChecklist(activity.id, a % 20 === 1 ? 3 : 1),
      ),
      outcomeMeasurements: activities.map((activity, a) =>
        anOutcomeMeasurement({
          activityId: activity.id,
          period: a % 25 === 2 ? '2023JJ00' : '2024KW04',
        }),
      ),
    });
  }

  it('finds the gaps it was built with', () => {
    const snapshot = largePlan();
    expect(snapshot.measurements).toHaveLength(2000);
    expect(snapshot.contributions).toHaveLength(1000);

    const gaps = findGaps(snapshot);
    const perKind = new Map<string, number>();
    for (const { kind } of gaps) perKind.set(kind, (perKind.get(kind) ?? 0) + 1);

    expect(Object.fromEntries(perKind)).toEqual({
      RESULT_WITHOUT_ACTIVITY: 5,
      RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT: 4,
      RESULT_INDICATOR_OFF_TRACK: 5,
      CHECKLIST_DOUBTFUL_EFFECTIVENESS: 10,
      ACTIVITY_WITHOUT_EVIDENCE: 20,
      ACTIVITY_WITHOUT_RECENT_OUTCOME: 8,
    });
    expect(gaps).toHaveLength(52);
    expect(planCompleteness(snapshot).map(({ stage }) => stage)).toEqual(STAGES_IN_ORDER);
  });
});
