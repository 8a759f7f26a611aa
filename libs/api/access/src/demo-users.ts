import { postgresOptions } from '@oogo/api-core';
import { OrganizationKind, PlanRole } from '@oogo/shared-domain';
import { DataSource } from 'typeorm';
import { hashPassword } from './auth/password';

/** The one password of every demo account; listed in the README, embedded database only. */
export const DEMO_PASSWORD = 'oogo-demo-2026';

export interface DemoAccount {
  email: string;
  organization: string;
  role: PlanRole;
}

/** "Gemeente Noorderveen" → "gemeente.noorderveen@demo.example" */
export function demoEmail(organizationName: string): string {
  const local = organizationName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}@demo.example`;
}

function roleFor(kind: OrganizationKind, index: number, name: string): PlanRole {
  if (kind === OrganizationKind.GEMEENTE)
    return index === 0 ? PlanRole.COORDINATOR : PlanRole.EDITOR;
  if (kind === OrganizationKind.SCHOOLBESTUUR) return PlanRole.EDITOR;
  // One partner only watches, so every role can be tried out.
  return name.startsWith('GGD') ? PlanRole.VIEWER : PlanRole.CONTRIBUTOR;
}

/**
 * One account per participating organisation of the demo plan, admin of that organisation,
 * with a plan role by kind: the first gemeente coordinates, gemeenten and schoolbesturen
 * edit, partners contribute (the GGD only views). Existing accounts are reused.
 */
export async function seedDemoUsers(url: string, planId: string): Promise<DemoAccount[]> {
  const dataSource = await new DataSource(postgresOptions(url)).initialize();
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return await dataSource.transaction(async (manager) => {
      const organizations = (await manager.query(
        `SELECT o.id, o.kind, o.name FROM plan_organization po JOIN organization o ON o.id = po.organization_id
          WHERE po.plan_id = $1 ORDER BY o.kind, o.code NULLS LAST, o.name`,
        [planId],
      )) as { id: string; kind: OrganizationKind; name: string }[];
      const accounts: DemoAccount[] = [];
      let gemeenten = 0;
      for (const organization of organizations) {
        const role = roleFor(
          organization.kind,
          organization.kind === OrganizationKind.GEMEENTE ? gemeenten++ : 0,
          organization.name,
        );
        const email = demoEmail(organization.name);
        const [user] = (await manager.query(
          `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3)
           ON CONFLICT (lower(email)) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
          [email, `Demo ${organization.name}`, passwordHash],
        )) as [{ id: string }];
        await manager.query(
          `INSERT INTO user_organization (user_id, organization_id, is_admin) VALUES ($1, $2, true)
           ON CONFLICT DO NOTHING`,
          [user.id, organization.id],
        );
        await manager.query(
          `INSERT INTO membership (plan_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)
           ON CONFLICT (plan_id, user_id) DO NOTHING`,
          [planId, user.id, organization.id, role],
        );
        accounts.push({ email, organization: organization.name, role });
      }
      return accounts;
    });
  } finally {
    await dataSource.destroy();
  }
}
