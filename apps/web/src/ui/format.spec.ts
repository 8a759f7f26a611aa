import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  joinWords,
  todayIso,
} from './format';

describe('Dutch formats', () => {
  it('writes a moment as a Dutch date and time, in the given time zone', () => {
    expect(formatDateTime('2026-03-03T13:05:00Z', 'Europe/Amsterdam')).toBe(
      '3 maart 2026 om 14:05',
    );
    expect(formatDate('2026-12-31T23:30:00Z', 'Europe/Amsterdam')).toBe('1 januari 2027');
  });

  it('joins words with commas and "en"', () => {
    expect(joinWords([], 'en')).toBe('');
    expect(joinWords(['naam'], 'en')).toBe('naam');
    expect(joinWords(['naam', 'doelgroep'], 'en')).toBe('naam en doelgroep');
    expect(joinWords(['naam', 'doelgroep', 'uitvoerder'], 'en')).toBe(
      'naam, doelgroep en uitvoerder',
    );
  });
});

describe('format', () => {
  it('writes numbers the Dutch way', () => {
    expect(formatNumber(12.5, 'nl')).toBe('12,5');
    expect(formatNumber(1250, 'nl')).toBe('1.250');
    expect(formatNumber(2.345678, 'nl')).toBe('2,35');
  });

  it('writes a calendar date in words, on the same day in every time zone', () => {
    expect(formatCalendarDate('2025-04-10', 'nl')).toBe('10 april 2025');
    expect(formatCalendarDate('2025-01-01T00:00:00Z', 'nl')).toBe('1 januari 2025');
    expect(formatCalendarDate('onbekend', 'nl')).toBe('onbekend');
  });

  it('writes a month in words', () => {
    expect(formatMonth('2024-03-01', 'nl')).toBe('maart 2024');
  });

  it('gives today as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2025, 8, 1, 23, 30))).toBe('2025-09-01');
  });
});
