import {
  commentCountsByItem,
  commentPath,
  containsComment,
  excerpt,
  filterThreads,
  threadCounts,
  unreadAt,
  unreadOnStage,
  type UnreadCount,
} from './threads';

const open = { id: 't1', resolvedAt: null, deletedAt: null, targetId: null, replies: [] };
const resolved = {
  id: 't2',
  resolvedAt: '2026-05-01T10:00:00Z',
  deletedAt: null,
  targetId: 'item-1',
  replies: [
    { id: 'r1', deletedAt: null },
    { id: 'r2', deletedAt: '2026-05-02T10:00:00Z' },
  ],
};
const deletedFirst = {
  id: 't3',
  resolvedAt: null,
  deletedAt: '2026-05-03T10:00:00Z',
  targetId: 'item-1',
  replies: [{ id: 'r3', deletedAt: null }],
};
const threads = [open, resolved, deletedFirst];

describe('threads', () => {
  it('filters open and resolved threads, and counts each', () => {
    expect(filterThreads(threads, 'all')).toEqual(threads);
    expect(filterThreads(threads, 'open').map((thread) => thread.id)).toEqual(['t1', 't3']);
    expect(filterThreads(threads, 'resolved').map((thread) => thread.id)).toEqual(['t2']);
    expect(threadCounts(threads)).toEqual({ all: 3, open: 2, resolved: 1 });
    expect(threadCounts([])).toEqual({ all: 0, open: 0, resolved: 0 });
  });

  it('counts the comments per item that still have their text', () => {
    expect(commentCountsByItem(threads)).toEqual(new Map([['item-1', 3]]));
  });

  it('finds a comment among first comments and replies', () => {
    expect(containsComment(threads, 't1')).toBe(true);
    expect(containsComment(threads, 'r3')).toBe(true);
    expect(containsComment(threads, 'nope')).toBe(false);
  });
});

describe('unread counts', () => {
  const counts: UnreadCount[] = [
    { stage: 'SOCIETAL_RESULTS', targetId: null, unread: 2 },
    { stage: 'SOCIETAL_RESULTS', targetId: 'result-1', unread: 3 },
    { stage: 'ACTIVITIES', targetId: 'activity-1', unread: 1 },
  ];

  it('per bouwsteen page: the bouwsteen and its items together', () => {
    expect(unreadOnStage(counts, 'SOCIETAL_RESULTS')).toBe(5);
    expect(unreadOnStage(counts, 'ACTIVITIES')).toBe(1);
    expect(unreadOnStage(counts, 'LEARNING')).toBe(0);
  });

  it('per place: the bouwsteen itself, or one item', () => {
    expect(unreadAt(counts, { stage: 'SOCIETAL_RESULTS' })).toBe(2);
    expect(unreadAt(counts, { stage: 'ACTIVITIES' })).toBe(0);
    expect(unreadAt(counts, { targetId: 'result-1' })).toBe(3);
    expect(unreadAt(counts, { targetId: 'other' })).toBe(0);
  });
});

describe('links and excerpts', () => {
  it('links a comment on a bouwsteen to itself, and one on an item to the item', () => {
    expect(commentPath({ id: 'c1', planId: 'p1', stage: 'SOCIETAL_RESULTS' })).toBe(
      '/plannen/p1/maatschappelijke-resultaten#reactie-c1',
    );
    expect(commentPath({ id: 'c1', planId: 'p1', stage: 'ACTIVITIES', targetId: 'a1' })).toBe(
      '/plannen/p1/activiteiten#item-a1',
    );
  });

  it('shortens a long text at a word, on one line', () => {
    expect(excerpt('Kort\n  bericht')).toBe('Kort bericht');
    expect(excerpt('een twee drie vier', 12)).toBe('een twee…');
    expect(excerpt('x'.repeat(20), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
