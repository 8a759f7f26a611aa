import { AUDIT_VALUE_MAX_LENGTH, readableValue, shownChanges } from './audit-values';

const words = { empty: '(leeg)', yes: 'ja', no: 'nee' };

describe('readableValue', () => {
  it('shows text without JSON quotes, and nothing as "(leeg)"', () => {
    expect(readableValue('"Jeugdhulp op school"', words)).toBe('Jeugdhulp op school');
    expect(readableValue(null, words)).toBe('(leeg)');
    expect(readableValue('null', words)).toBe('(leeg)');
    expect(readableValue('""', words)).toBe('(leeg)');
    expect(readableValue('[]', words)).toBe('(leeg)');
  });

  it('writes numbers with a decimal comma and true/false as ja/nee', () => {
    expect(readableValue('12.5', words)).toBe('12,5');
    expect(readableValue('2026', words)).toBe('2026');
    expect(readableValue('true', words)).toBe('ja');
    expect(readableValue('false', words)).toBe('nee');
  });

  it('names organisations instead of their ids, also in lists', () => {
    const names = new Map([
      ['a1', 'Gemeente Haverdijk'],
      ['b2', 'GGD Veenmeren'],
    ]);
    expect(readableValue('["a1","b2"]', words, names)).toBe('Gemeente Haverdijk, GGD Veenmeren');
    expect(readableValue('"a1"', words, names)).toBe('Gemeente Haverdijk');
  });

  it('writes moments as a Dutch date and time', () => {
    expect(
      readableValue('"2026-03-03T13:05:00.000Z"', words, new Map(), {
        timeZone: 'Europe/Amsterdam',
      }),
    ).toBe('3 maart 2026 om 14:05');
  });

  it('shows other values as they are, cut off when long', () => {
    expect(readableValue('{"a":1}', words)).toBe('{"a":1}');
    expect(readableValue('niet-json', words)).toBe('niet-json');
    const long = readableValue(JSON.stringify('x'.repeat(1000)), words);
    expect(long).toHaveLength(AUDIT_VALUE_MAX_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('codes and hidden fields', () => {
  it('words a code the page knows, and leaves other codes as they are', () => {
    const codeWord = (code: string) => ({ AGREE: 'akkoord' })[code];
    expect(readableValue('"AGREE"', words, new Map(), { codeWord })).toBe('akkoord');
    expect(readableValue('"PREVENTIVE"', words, new Map(), { codeWord })).toBe('PREVENTIVE');
  });

  it('leaves out ids and bookkeeping', () => {
    expect(
      shownChanges([
        { field: 'id' },
        { field: 'decision' },
        { field: 'eventSequence' },
        { field: 'givenByUserId' },
        { field: 'reason' },
      ]),
    ).toEqual([{ field: 'decision' }, { field: 'reason' }]);
  });
});
