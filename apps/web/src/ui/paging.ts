/**
 * The next (older) page of a list read newest first with a `before` cursor, added after what
 * is shown. An entry that is on both pages (the list moved on meanwhile) is shown once.
 */
export function appendPage<Entry extends { id: string }>(
  shown: readonly Entry[],
  next: readonly Entry[],
): Entry[] {
  const ids = new Set(shown.map((entry) => entry.id));
  return [...shown, ...next.filter((entry) => !ids.has(entry.id))];
}
