import { slotsOf } from './slots';

describe('slotsOf', () => {
  const order = ['TARGET_GROUP', 'GOALS', 'COSTS'] as const;

  it('keeps the fixed order and marks what is not filled in yet', () => {
    const items = [
      { point: 'COSTS', status: 'UNCLEAR' },
      { point: 'TARGET_GROUP', status: 'CLEAR' },
    ] as const;
    expect(slotsOf(order, items, (item) => item.point)).toEqual([
      { key: 'TARGET_GROUP', item: items[1] },
      { key: 'GOALS', item: null },
      { key: 'COSTS', item: items[0] },
    ]);
  });

  it('keeps items with a key outside the list, at the end', () => {
    const stray = { point: 'NEW_POINT', status: 'CLEAR' };
    expect(slotsOf<string, typeof stray>(order, [stray], (item) => item.point).at(-1)).toEqual({
      key: 'NEW_POINT',
      item: stray,
    });
  });
});
