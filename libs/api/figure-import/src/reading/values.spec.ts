import { resolvePeriod } from './periods';
import { decimalEvidence, isMissingMarker, looksLikeFormula, parseFigureNumber } from './values';

describe('parseFigureNumber', () => {
  it.each([
    ['12,5', ',', 12.5],
    ['12.5', ',', 12.5],
    ['12.5', '.', 12.5],
    ['1.234,5', ',', 1234.5],
    ['1,234.5', '.', 1234.5],
    ['1.234', ',', 1234],
    ['1.234', '.', 1.234],
    ['-3,5', ',', -3.5],
    ['12,5%', ',', 12.5],
    ['  7 ', ',', 7],
    ['1 234,5', ',', 1234.5],
  ] as const)('%j with decimal %j → %d', (text, decimal, value) => {
    expect(parseFigureNumber(text, decimal)).toBe(value);
  });

  it.each(['veel', '12,5,3', '1.23.4', '', '€ 12', '12e3'])('%j is not a number', (text) => {
    expect(parseFigureNumber(text, ',')).toBeUndefined();
  });

  it('sees the decimal separator a text shows', () => {
    expect(['12,5', '1.234,5', '12.5', '1,234.5', '1.234', '12'].map(decimalEvidence)).toEqual([
      ',',
      ',',
      '.',
      '.',
      null,
      null,
    ]);
  });

  it('knows the CBS missing markers and formula triggers', () => {
    expect(['.', 'x', 'X', '-', '?', '', '  '].every(isMissingMarker)).toBe(true);
    expect(isMissingMarker('0')).toBe(false);
    expect(['=1', '+1', '@A', '\tx', '\rx', '-A1', ' =1'].every(looksLikeFormula)).toBe(true);
    expect(['-', '-3,5', '- 3', 'Amsterdam', '12'].some(looksLikeFormula)).toBe(false);
  });
});

describe('resolvePeriod', () => {
  const today = '2025-06-01';
  it.each([
    ['2023', '2023JJ00'],
    ['2023JJ00', '2023JJ00'],
    ['2023KW01', '2023KW01'],
    ['2023MM03', '2023MM03'],
    ['2023*', '2023JJ00'],
    ['2023JJ00*', '2023JJ00'],
    ['2023 1e kwartaal', '2023KW01'],
    ['2023 4e kwartaal*', '2023KW04'],
    ['2023 januari', '2023MM01'],
    ['maart 2024', '2024MM03'],
    ['2023-Q2', '2023KW02'],
    ['2023-01-01', '2023JJ00'],
    ['2025MM05', '2025MM05'],
  ])('%j → %s', (text, code) => {
    expect(resolvePeriod(text, today)).toEqual({ ok: true, code });
  });

  it('rejects unparsable, future and too old periods', () => {
    expect(resolvePeriod('vorig jaar', today)).toEqual({ ok: false, problem: 'UNPARSABLE_PERIOD' });
    expect(resolvePeriod('2023KW05', today)).toEqual({ ok: false, problem: 'UNPARSABLE_PERIOD' });
    expect(resolvePeriod('2025MM07', today)).toEqual({ ok: false, problem: 'PERIOD_OUT_OF_RANGE' });
    expect(resolvePeriod('2026', today)).toEqual({ ok: false, problem: 'PERIOD_OUT_OF_RANGE' });
    expect(resolvePeriod('1989', today)).toEqual({ ok: false, problem: 'PERIOD_OUT_OF_RANGE' });
  });
});
