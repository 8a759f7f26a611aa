/** A value as the form and the api know it. */
export type FieldValue = string | number | boolean | null | undefined | readonly string[];

export interface FieldConflict {
  field: string;
  /** What the form started from. */
  base: FieldValue;
  /** What this user typed. */
  mine: FieldValue;
  /** What is saved now (someone else's change). */
  theirs: FieldValue;
}

export interface MergeResult {
  /** The changes to send: this user's changes on fields nobody else touched. */
  merged: Record<string, FieldValue>;
  /** Fields both changed, to different values: the user chooses. */
  conflicts: FieldConflict[];
}

function same(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return (a ?? null) === (b ?? null);
}

/**
 * After a CONFLICT: keeps every change of this user that does not collide with the saved
 * version, and lists only the fields both people changed differently. Nothing typed is lost:
 * a field is either merged, already equal, or put before the user.
 */
export function threeWayMerge(
  base: Record<string, FieldValue>,
  mine: Record<string, FieldValue>,
  theirs: Record<string, FieldValue>,
): MergeResult {
  const merged: Record<string, FieldValue> = {};
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(mine)) {
    const changedByMe = !same(mine[field], base[field]);
    if (!changedByMe) continue;
    const changedByThem = !same(theirs[field], base[field]);
    if (!changedByThem) merged[field] = mine[field];
    else if (!same(theirs[field], mine[field])) {
      conflicts.push({ field, base: base[field], mine: mine[field], theirs: theirs[field] });
    }
  }
  return { merged, conflicts };
}

/** Both texts, theirs first, for the user to edit into one. */
export function combineTexts(theirs: FieldValue, mine: FieldValue): string {
  const parts = [theirs, mine].map((value) => String(value ?? '').trim()).filter(Boolean);
  return parts.join('\n\n');
}

/** The fields of `values` that differ from `base`: what an update sends. */
export function changedFields(
  base: Record<string, FieldValue>,
  values: Record<string, FieldValue>,
): Record<string, FieldValue> {
  return Object.fromEntries(
    Object.entries(values).filter(([field, value]) => !same(value, base[field])),
  );
}
