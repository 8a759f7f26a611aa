import { formatDate, formatMonth, formatNumber, todayIso } from './format';

describe('format', () => {
  it('writes numbers the Dutch way', () => {
    expect(formatNumber(12.5, 'nl')).toBe('12,5');
    expect(formatNumber(1250, 'nl')).toBe('1.250');
    expect(formatNumber(2.345678, 'nl')).toBe('2,35');
  });

  it('writes a calendar date in words, on the same day in every time zone', () => {
    expect(formatDate('2025-04-10', 'nl')).toBe('10 april 2025');
    expect(formatDate('2025-01-01T00:00:00Z', 'nl')).toBe('1 januari 2025');
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
  });

  it('writes a month in words', () => {
    expect(formatMonth('2024-03-01', 'nl')).toBe('maart 2024');
  });

  it('gives today as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2025, 8, 1, 23, 30))).toBe('2025-09-01');
  });
});
