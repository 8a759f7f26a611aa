import { formatDate, formatDateTime, joinWords } from './format';

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
