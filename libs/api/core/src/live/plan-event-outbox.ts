import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/access-rule';

/**
 * The channel that announces committed plan events, as `<planId>:<sequence>:<entity>` (the
 * entity, e.g. `Membership`, lets a listener react to some kinds without reading the event).
 */
export const PLAN_EVENT_CHANNEL = 'plan_event';

export interface OutgoingPlanEvent {
  planId: string;
  entity: string;
  entityId: string;
  action: string;
  changedFields: string[];
  /** The item after the change, in the api's field names; null when deleted or not for sharing. */
  item: Record<string, unknown> | null;
}

/** The sequence of a plan's latest live event; 0 before its first. */
export async function lastPlanEventSequence(
  runner: Pick<EntityManager, 'query'>,
  planId: string,
): Promise<number> {
  const [row] = (await runner.query(
    'SELECT last_sequence FROM plan_event_counter WHERE plan_id = $1',
    [planId],
  )) as { last_sequence: string }[];
  return Number(row?.last_sequence ?? 0);
}

/**
 * Appends a live event to the plan's outbox in the caller's transaction, with the plan's next
 * sequence number, and announces it. PostgreSQL delivers the NOTIFY only on commit, so a
 * rolled-back change is never announced, and every api instance that LISTENs hears it.
 */
export async function appendPlanEvent(
  manager: EntityManager,
  actor: Actor | undefined,
  event: OutgoingPlanEvent,
): Promise<number> {
  const [row] = (await manager.query(
    `WITH counter AS (
       INSERT INTO plan_event_counter (plan_id, last_sequence) VALUES ($1, 1)
       ON CONFLICT (plan_id) DO UPDATE SET last_sequence = plan_event_counter.last_sequence + 1
       RETURNING last_sequence
     ), event AS (
       INSERT INTO plan_event (plan_id, sequence, entity, entity_id, action, changed_fields, item, user_id, organization_id)
       SELECT $1, last_sequence, $2, $3, $4, $5, $6, $7, $8 FROM counter
       RETURNING sequence
     )
     SELECT sequence, pg_notify('${PLAN_EVENT_CHANNEL}', $1 || ':' || sequence || ':' || $2) FROM event`,
    [
      event.planId,
      event.entity,
      event.entityId,
      event.action,
      event.changedFields,
      event.item === null ? null : JSON.stringify(event.item),
      actor?.userId ?? null,
      actor?.organizationId ?? null,
    ],
  )) as [{ sequence: string }];
  return Number(row.sequence);
}
