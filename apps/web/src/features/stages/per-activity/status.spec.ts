import { countStatuses, TONE_SYMBOL, toneOf } from './status';

describe('toneOf', () => {
  it('puts the three kinds of status on one scale', () => {
    expect([toneOf('MEETS'), toneOf('CLEAR'), toneOf('MET')]).toEqual(['ok', 'ok', 'ok']);
    expect([toneOf('PARTLY_MEETS'), toneOf('PARTLY_MET')]).toEqual(['partial', 'partial']);
    expect([toneOf('DOES_NOT_MEET'), toneOf('UNCLEAR'), toneOf('NOT_MET')]).toEqual([
      'bad',
      'bad',
      'bad',
    ]);
    expect(toneOf('UNKNOWN')).toBe('unknown');
    expect(toneOf('NOT_APPLICABLE')).toBe('none');
  });

  it('gives every tone its own symbol, so status never depends on colour alone', () => {
    const symbols = Object.values(TONE_SYMBOL);
    expect(new Set(symbols).size).toBe(symbols.length);
  });
});

describe('countStatuses', () => {
  it('counts in the given order and leaves out what does not occur', () => {
    expect(
      countStatuses(
        ['CLEAR', 'UNCLEAR', 'NOT_APPLICABLE'],
        ['UNCLEAR', 'CLEAR', 'UNCLEAR', 'CLEAR', 'CLEAR'],
      ),
    ).toEqual([
      { status: 'CLEAR', count: 3 },
      { status: 'UNCLEAR', count: 2 },
    ]);
  });
});
