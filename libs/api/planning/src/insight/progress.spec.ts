import { TargetDirection } from '@oogo/shared-domain';
import type { ResultIndicator } from '../societal-results/societal-results.entities';
import type { Measurement } from '../youth-situation/youth-situation.entities';
import { latestYearOfPlan, resultIndicatorProgress } from './progress';
import {
  aMeasurement,
  anIndicator,
  aResultIndicator,
  aSocietalResult,
} from './testing/snapshot-factory';

const indicator = anIndicator();
const result = aSocietalResult();

/** Default target: DECREASE from 20 (2020) to 10 (2030), so the path expects 16 in 2024. */
const target = (overrides: Partial<ResultIndicator> = {}): ResultIndicator =>
  aResultIndicator({ societalResultId: result.id, indicatorId: indicator.id, ...overrides });

const figure = (period: string, value: number, areaCode = 'GM1999'): Measurement =>
  aMeasurement({ indicatorId: indicator.id, period, value, areaCode });

describe('resultIndicatorProgress', () => {
  it('has nothing to say without measurements', () => {
    expect(resultIndicatorProgress(target(), [])).toEqual({
      latestPeriod: null,
      latestValue: null,
      expectedValue: null,
      progressPct: null,
      onTrack: null,
      areaCount: 0,
    });
  });

  it('takes the mean of the gemeenten in the most recent year', () => {
    const progress = resultIndicatorProgress(target(), [
      figure('2023JJ00', 18),
      figure('2024JJ00', 14, 'GM0001'),
      figure('2024JJ00', 16, 'GM0002'),
    ]);

    expect(progress).toEqual({
      latestPeriod: '2024JJ00',
      latestValue: 15,
      expectedValue: 16,
      progressPct: 50,
      onTrack: true,
      areaCount: 2,
    });
  });

  it('ignores quarters, months and the national figure', () => {
    const progress = resultIndicatorProgress(target(), [
      figure('2023JJ00', 18),
      figure('2023JJ00', 99, 'NL01'),
      figure('2024KW01', 1),
      figure('2024MM03', 1),
      figure('2025JJ00', 1, 'NL01'),
    ]);

    expect(progress).toMatchObject({ latestPeriod: '2023JJ00', latestValue: 18, areaCount: 1 });
  });

  it('ignores measurements of another indicator', () => {
    const other = aMeasurement({ indicatorId: anIndicator().id, period: '2025JJ00', value: 1 });

    expect(resultIndicatorProgress(target(), [figure('2024JJ00', 15), other])).toMatchObject({
      latestPeriod: '2024JJ00',
      latestValue: 15,
    });
  });

  it('reports negative progress when the figure went the wrong way', () => {
    const progress = resultIndicatorProgress(target(), [figure('2024JJ00', 22)]);

    expect(progress.progressPct).toBeCloseTo(-20);
    expect(progress.onTrack).toBe(false);
  });

  it('does not clamp progress beyond the target', () => {
    expect(resultIndicatorProgress(target(), [figure('2024JJ00', 5)]).progressPct).toBeCloseTo(150);
  });

  it('expects the target itself after the target year', () => {
    const progress = resultIndicatorProgress(target(), [figure('2032JJ00', 10.1)]);

    expect(progress.expectedValue).toBe(10);
    expect(progress.onTrack).toBe(true);
  });

  it('is on track at the baseline year when the figure is the baseline', () => {
    expect(resultIndicatorProgress(target(), [figure('2020JJ00', 20)])).toMatchObject({
      expectedValue: 20,
      progressPct: 0,
      onTrack: true,
    });
  });

  describe('on track: at least 75% of the expected progress, less 2 points', () => {
    // DECREASE 20 → 10: expected 16 in 2024 (40%); on track from 28% progress, i.e. ≤ 17.2.
    it.each([
      [15.9, true],
      [17.1, true],
      [17.3, false],
      [20.5, false],
    ])('a decrease at %p is on track: %p', (value, onTrack) => {
      expect(resultIndicatorProgress(target(), [figure('2024JJ00', value)]).onTrack).toBe(onTrack);
    });

    // INCREASE 60 → 80: expected 70 in 2025 (50%); on track from 35.5% progress, i.e. ≥ 67.1.
    it.each([
      [70.5, true],
      [67.2, true],
      [66.9, false],
    ])('an increase at %p is on track: %p', (value, onTrack) => {
      const increase = target({
        direction: TargetDirection.INCREASE,
        baselineValue: 60,
        targetValue: 80,
      });

      expect(resultIndicatorProgress(increase, [figure('2025JJ00', value)])).toMatchObject({
        expectedValue: 70,
        onTrack,
      });
    });
  });

  it('compares nothing when the latest figure is older than the baseline', () => {
    expect(resultIndicatorProgress(target(), [figure('2019JJ00', 21)])).toEqual({
      latestPeriod: '2019JJ00',
      latestValue: 21,
      expectedValue: null,
      progressPct: null,
      onTrack: null,
      areaCount: 1,
    });
  });
});

describe('latestYearOfPlan', () => {
  it('is the most recent year of any gemeente figure of any indicator', () => {
    const otherIndicator = anIndicator();

    expect(
      latestYearOfPlan([
        figure('2023JJ00', 1),
        aMeasurement({ indicatorId: otherIndicator.id, period: '2024JJ00' }),
        figure('2025KW01', 1),
        figure('2025MM01', 1),
        figure('2026JJ00', 1, 'NL01'),
      ]),
    ).toBe(2024);
  });

  it('is undefined without gemeente year figures', () => {
    expect(latestYearOfPlan([])).toBeUndefined();
    expect(
      latestYearOfPlan([figure('2024KW01', 1), figure('2024JJ00', 1, 'NL01')]),
    ).toBeUndefined();
  });
});
