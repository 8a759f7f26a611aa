import type { EntityManager } from 'typeorm';
import type { LastChange } from '../errors/domain-error';

/** Who made the latest audited change to an item, for the CONFLICT answer; null if nobody. */
export async function lastChangeOf(
  manager: EntityManager,
  entityId: string,
): Promise<LastChange | null> {
  const [changedBy] = (await manager.query(
    `SELECT a.user_id AS "userId", u.display_name AS "displayName",
            o.name AS "organizationName", a.occurred_at AS "at"
       FROM audit_event a
       LEFT JOIN app_user u ON u.id = a.user_id
       LEFT JOIN organization o ON o.id = a.organization_id
      WHERE a.entity_id = $1 ORDER BY a.id DESC LIMIT 1`,
    [entityId],
  )) as LastChange[];
  return changedBy ?? null;
}
