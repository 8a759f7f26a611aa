import { changedFields, combineTexts, threeWayMerge } from './three-way-merge';

describe('threeWayMerge', () => {
  const base = {
    statement: 'Oud',
    description: 'Uitleg',
    targetValue: 10,
    analysisIds: ['a', 'b'],
  };

  it('keeps my change on a field the other person did not touch', () => {
    const mine = { ...base, description: 'Mijn uitleg' };
    const theirs = { ...base, statement: 'Hun resultaat' };
    expect(threeWayMerge(base, mine, theirs)).toEqual({
      merged: { description: 'Mijn uitleg' },
      conflicts: [],
    });
  });

  it('asks about a field we both changed to different values, and only that one', () => {
    const mine = { ...base, statement: 'Mijn resultaat', targetValue: 12 };
    const theirs = { ...base, statement: 'Hun resultaat' };
    expect(threeWayMerge(base, mine, theirs)).toEqual({
      merged: { targetValue: 12 },
      conflicts: [
        { field: 'statement', base: 'Oud', mine: 'Mijn resultaat', theirs: 'Hun resultaat' },
      ],
    });
  });

  it('sees no conflict when we both made the same change', () => {
    const changed = { ...base, statement: 'Zelfde' };
    expect(threeWayMerge(base, changed, changed)).toEqual({ merged: {}, conflicts: [] });
  });

  it('compares lists of links as sets', () => {
    const mine = { ...base, analysisIds: ['b', 'a'] };
    const theirs = { ...base, analysisIds: ['a', 'b', 'c'] };
    expect(threeWayMerge(base, mine, theirs)).toEqual({ merged: {}, conflicts: [] });
  });

  it('treats null and undefined as the same empty value', () => {
    expect(threeWayMerge({ a: null }, { a: undefined }, { a: 'x' })).toEqual({
      merged: {},
      conflicts: [],
    });
  });
});

describe('combineTexts', () => {
  it('puts their text first and mine after, leaving out empty ones', () => {
    expect(combineTexts('Hun tekst ', 'Mijn tekst')).toBe('Hun tekst\n\nMijn tekst');
    expect(combineTexts('', 'Mijn tekst')).toBe('Mijn tekst');
  });
});

describe('changedFields', () => {
  it('sends only what changed', () => {
    expect(changedFields({ a: 1, b: 'x' }, { a: 1, b: 'y' })).toEqual({ b: 'y' });
  });
});
