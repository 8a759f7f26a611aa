/** Rows grouped by a key (null: left out), each group in input order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The distinct values of one key (null: left out), for membership tests. */
export function keySet<T>(items: readonly T[], key: (item: T) => string | null): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) keys.add(k);
  }
  return keys;
}
