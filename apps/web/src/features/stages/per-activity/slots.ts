/**
 * A fixed list (the seven criteria, the seven checklist points) with the item filled in for
 * each, or null where nobody has filled it in yet. Items for values outside the list are kept
 * at the end, so nothing the api sends goes missing.
 */
export function slotsOf<K extends string, T>(
  order: readonly K[],
  items: readonly T[],
  keyOf: (item: T) => K,
): { key: K; item: T | null }[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item] as const));
  const known = new Set<K>(order);
  return [
    ...order.map((key) => ({ key, item: byKey.get(key) ?? null })),
    ...items.filter((item) => !known.has(keyOf(item))).map((item) => ({ key: keyOf(item), item })),
  ];
}
