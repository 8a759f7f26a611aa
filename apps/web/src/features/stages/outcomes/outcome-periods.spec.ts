import { changeOf, latestOf, newestFirst, previousOf, recentYearOf } from './outcome-periods';

const period = (code: string, start: string, end: string) => ({
  period: code,
  periodStart: start,
  periodEnd: end,
});

describe('outcome periods', () => {
  const y2023 = period('2023JJ00', '2023-01-01', '2023-12-31');
  const y2024 = period('2024JJ00', '2024-01-01', '2024-12-31');
  const q4 = period('2024KW04', '2024-10-01', '2024-12-31');
  const q3 = period('2024KW03', '2024-07-01', '2024-09-30');

  it('puts the newest period first, a year before its own last quarter', () => {
    expect(newestFirst([y2023, q3, q4, y2024]).map((m) => m.period)).toEqual([
      '2024JJ00',
      '2024KW04',
      '2024KW03',
      '2023JJ00',
    ]);
    expect(latestOf([y2023, y2024])?.period).toBe('2024JJ00');
    expect(latestOf([])).toBeUndefined();
  });

  it('calls the latest year with any measurement recent, as the api does for its gaps', () => {
    expect(recentYearOf([y2023, q3])).toBe('2024JJ00');
    expect(recentYearOf([])).toBeUndefined();
  });

  it('compares a period with the one before of the same kind', () => {
    const all = [y2023, y2024, q3, q4];
    expect(previousOf(y2024, all)?.period).toBe('2023JJ00');
    expect(previousOf(q4, all)?.period).toBe('2024KW03');
    expect(previousOf(y2023, all)).toBeUndefined();
  });

  it('gives the change in points, or null when a figure is missing', () => {
    expect(changeOf(69, 64)).toBe(5);
    expect(changeOf(60.3, 62)).toBe(-1.7);
    expect(changeOf(null, 62)).toBeNull();
    expect(changeOf(70, undefined)).toBeNull();
  });
});
