import type { Stage } from '@oogo/shared-domain';
import { stagePath } from '../../ui/stages';

/**
 * Threads, unread counts and links to comments: pure functions over what the api returns.
 * A thread is its first comment with the replies (the api groups them).
 */

export interface ThreadLike {
  id: string;
  resolvedAt?: unknown;
  deletedAt?: unknown;
  targetId?: string | null;
  replies: readonly { id: string; deletedAt?: unknown }[];
}

export type ThreadFilter = 'all' | 'open' | 'resolved';

export const THREAD_FILTERS: readonly ThreadFilter[] = ['all', 'open', 'resolved'];

export function isResolved(thread: Pick<ThreadLike, 'resolvedAt'>): boolean {
  return thread.resolvedAt !== null && thread.resolvedAt !== undefined;
}

export function filterThreads<Thread extends ThreadLike>(
  threads: readonly Thread[],
  filter: ThreadFilter,
): Thread[] {
  if (filter === 'all') return [...threads];
  return threads.filter((thread) => isResolved(thread) === (filter === 'resolved'));
}

/** How many threads each filter shows. */
export function threadCounts(threads: readonly ThreadLike[]): Record<ThreadFilter, number> {
  const resolved = threads.filter(isResolved).length;
  return { all: threads.length, open: threads.length - resolved, resolved };
}

/** The comments of a thread that still have their text (first comment and replies). */
export function liveCommentCount(thread: ThreadLike): number {
  const alive = (comment: { deletedAt?: unknown }) =>
    comment.deletedAt === null || comment.deletedAt === undefined;
  return Number(alive(thread)) + thread.replies.filter(alive).length;
}

/** Per item, how many comments (not deleted) are about it, for "Reacties (n)". */
export function commentCountsByItem(threads: readonly ThreadLike[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (!thread.targetId) continue;
    counts.set(thread.targetId, (counts.get(thread.targetId) ?? 0) + liveCommentCount(thread));
  }
  return counts;
}

/** Whether a comment with this id is in the threads (as a first comment or a reply). */
export function containsComment(threads: readonly ThreadLike[], commentId: string): boolean {
  return threads.some(
    (thread) => thread.id === commentId || thread.replies.some((reply) => reply.id === commentId),
  );
}

export interface UnreadCount {
  stage: Stage;
  targetId?: string | null;
  unread: number;
}

/** The place comments are about: a bouwsteen itself, or one item. */
export type CommentPlace = { stage: Stage; targetId?: undefined } | { targetId: string };

/** Unread comments on one place: the bouwsteen itself (not its items), or one item. */
export function unreadAt(counts: readonly UnreadCount[], place: CommentPlace): number {
  return counts
    .filter((count) =>
      place.targetId !== undefined
        ? count.targetId === place.targetId
        : !count.targetId && count.stage === place.stage,
    )
    .reduce((sum, count) => sum + count.unread, 0);
}

/** Unread comments on a bouwsteen page: on the bouwsteen and on all its items together. */
export function unreadOnStage(counts: readonly UnreadCount[], stage: Stage): number {
  return counts
    .filter((count) => count.stage === stage)
    .reduce((sum, count) => sum + count.unread, 0);
}

/** The anchor of one comment on a bouwsteen page. */
export function commentAnchor(commentId: string): string {
  return `reactie-${commentId}`;
}

/** The anchor of an item on a bouwsteen page (as EditableCard sets it). */
export function itemAnchor(itemId: string): string {
  return `item-${itemId}`;
}

/**
 * Where a comment can be read: its bouwsteen page, at the item it is about (whose comments
 * open there) or at the comment itself.
 */
export function commentPath(comment: {
  id: string;
  planId: string;
  stage: Stage;
  targetId?: string | null;
}): string {
  const anchor = comment.targetId ? itemAnchor(comment.targetId) : commentAnchor(comment.id);
  return `${stagePath(comment.planId, comment.stage)}#${anchor}`;
}

/** The first characters of a text, cut at a word, for a list of notifications. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
