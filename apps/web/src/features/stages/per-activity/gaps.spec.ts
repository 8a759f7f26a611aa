import { gapsByItem, type GapInfo } from './gaps';

describe('gapsByItem', () => {
  const gaps: GapInfo[] = [
    { kind: 'ACTIVITY_WITHOUT_RESULT', stage: 'ACTIVITIES', itemId: 'a' },
    { kind: 'CHECKLIST_DOUBTFUL_EFFECTIVENESS', stage: 'ACTIVITIES', itemId: 'a' },
    { kind: 'ACTIVITY_WITHOUT_EVIDENCE', stage: 'ACTIVITIES', itemId: 'b' },
    {
      kind: 'ACTIVITY_WITHOUT_RECENT_OUTCOME',
      stage: 'OUTCOMES',
      itemId: 'a',
      period: '2024JJ00',
    },
  ];

  it('groups the gaps of one bouwsteen by item', () => {
    const byItem = gapsByItem(gaps, 'ACTIVITIES');
    expect(byItem.get('a')?.map((gap) => gap.kind)).toEqual([
      'ACTIVITY_WITHOUT_RESULT',
      'CHECKLIST_DOUBTFUL_EFFECTIVENESS',
    ]);
    expect(byItem.get('b')?.map((gap) => gap.kind)).toEqual(['ACTIVITY_WITHOUT_EVIDENCE']);
    expect(gapsByItem(gaps, 'OUTCOMES').get('a')?.[0]?.period).toBe('2024JJ00');
  });

  it('leaves out kinds the page shows in another way', () => {
    const byItem = gapsByItem(gaps, 'ACTIVITIES', ['CHECKLIST_DOUBTFUL_EFFECTIVENESS']);
    expect(byItem.get('a')?.map((gap) => gap.kind)).toEqual(['ACTIVITY_WITHOUT_RESULT']);
  });
});
