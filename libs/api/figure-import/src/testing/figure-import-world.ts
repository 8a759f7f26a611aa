import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import { startTestApi, TestApi } from '@oogo/api-core/testing';
import { PlanningModule } from '@oogo/api-planning';
import { createOrganization, createPlan, PlanRef } from '@oogo/api-planning/testing';
import { PlanRole } from '@oogo/shared-domain';
import { Client } from 'pg';
import { FigureImportModule } from '../figure-import.module';

// What the import specs and the bench start from: the api with the import module, a plan
// whose participating gemeenten have real CBS codes (the reader knows every gemeente), and
// a member of it per role.

/** Gemeenten the test plan takes part for: Amsterdam and Rotterdam. */
export const PLAN_GEMEENTEN = { GM0363: 'Amsterdam', GM0599: 'Rotterdam' } as const;

export interface FigureImportWorld {
  api: TestApi;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  coordinator: SignedIn;
  plan: PlanRef;
  /** Someone new, signed in, in the plan with this role (for the coordinator's organisation). */
  member(role: PlanRole): Promise<SignedIn>;
  /** Someone signed in who is not in the plan. */
  outsider(): Promise<SignedIn>;
  /** A new plan of the coordinator with these gemeenten taking part. */
  planWith(codes: Record<string, string>): Promise<PlanRef>;
  sql<Row = Record<string, unknown>>(query: string, values?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export async function startFigureImportWorld(databaseUrl: string): Promise<FigureImportWorld> {
  const api = await startTestApi(databaseUrl, [AccessModule, PlanningModule, FigureImportModule]);
  const baseUrl = api.url.replace(/\/graphql$/, '');
  const coordinator = await signIn(api.url, databaseUrl);
  const sql = async <Row>(query: string, values: unknown[] = []): Promise<Row[]> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return (await client.query(query, values).finally(() => client.end())).rows as Row[];
  };
  const gemeente = async (code: string, name: string): Promise<string> => {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO organization (kind, name, code) VALUES ('GEMEENTE', $2, $1)
       ON CONFLICT (kind, code) WHERE code IS NOT NULL DO UPDATE SET name = EXCLUDED.name
       RETURNING id`,
      [code, name],
    );
    return (row as { id: string }).id;
  };
  const planWith = async (codes: Record<string, string>): Promise<PlanRef> => {
    const ids = await Promise.all(
      Object.entries(codes).map(([code, name]) => gemeente(code, name)),
    );
    // The coordinator takes part for an organisation of their own, a partner: no gemeente code.
    const own = await createOrganization(coordinator.graphql, 'PARTNER');
    return createPlan(coordinator.graphql, ids, own.id);
  };
  const plan = await planWith(PLAN_GEMEENTEN);
  return {
    api,
    baseUrl,
    coordinator,
    plan,
    async member(role) {
      const person = await signIn(api.url, databaseUrl);
      await joinPlan(databaseUrl, plan.id, person.user.id, role, plan.organizationId);
      return person;
    },
    outsider: () => signIn(api.url, databaseUrl),
    planWith,
    sql,
    close: () => api.close(),
  };
}

/** The world for the calling `describe` (after `useTestDatabase()` at the top of the file). */
export function useFigureImportWorld(database: { readonly url: string }): FigureImportWorld {
  let world: FigureImportWorld | undefined;
  beforeAll(async () => {
    world = await startFigureImportWorld(database.url);
  }, 30_000);
  afterAll(async () => {
    await world?.close();
  });
  return new Proxy({} as FigureImportWorld, {
    get: (_target, property) => {
      if (!world) throw new Error('The world is started in beforeAll; read it in a hook or test');
      return world[property as keyof FigureImportWorld];
    },
  });
}
