import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/access-rule';
import { appendPlanEvent } from '../live/plan-event-outbox';

/** EXPORT: someone downloaded personal data (an organisation's AVG export). */
export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'LOGIN' | 'LOGOUT' | 'EXPORT';

export interface AuditEntry {
  planId: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  /** The item before and after (null when it did not exist); only changed fields are kept. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /**
   * For plan items: the item as members may see it after the change, sent with the live
   * event. Left out (e.g. invitations, which hold someone's e-mail address), members only
   * learn that something changed.
   */
  item?: Record<string, unknown> | null;
}

// Bookkeeping columns every row has; their change says nothing to a reader of the trail.
const UNTRACKED = new Set(['version', 'createdAt', 'updatedAt']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `{ field: { before, after } }` for every field whose value differs. */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    if (UNTRACKED.has(field)) continue;
    const old = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (!same(old, now)) changes[field] = { before: old, after: now };
  }
  return changes;
}

// The fields that name an item, best first: what a person would call it.
const LABEL_FIELDS = [
  'title',
  'name',
  // a person, e.g. a plan's member
  'displayName',
  'statement',
  'theme',
  'citation',
  'question',
  'criterion',
  'point',
  'requirement',
  'period',
  // an imported file
  'fileName',
];

/** What to call an item in the trail and the activity feed, e.g. its name; null if nameless. */
export function labelOf(values: Record<string, unknown> | null): string | null {
  for (const field of LABEL_FIELDS) {
    const value = values?.[field];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  return null;
}

/**
 * Writes one audit row in the caller's transaction: the change and its record stand or fall
 * together. A change to a plan also goes to the plan's live outbox, in the same transaction.
 */
export async function recordAudit(
  manager: EntityManager,
  actor: Actor | undefined,
  entry: AuditEntry,
): Promise<void> {
  const changes = fieldChanges(entry.before, entry.after);
  await manager.query(
    `INSERT INTO audit_event (plan_id, user_id, organization_id, entity, entity_id, action, changes, request_id, item_label)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.planId,
      actor?.userId ?? null,
      actor?.organizationId ?? null,
      entry.entity,
      entry.entityId,
      entry.action,
      JSON.stringify(changes),
      actor?.requestId ?? null,
      labelOf(entry.after ?? entry.before),
    ],
  );
  if (entry.planId) {
    await appendPlanEvent(manager, actor, {
      planId: entry.planId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      changedFields: Object.keys(changes),
      item: entry.item ?? null,
    });
  }
}
