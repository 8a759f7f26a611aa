import type { OrganizationKind, PlanStatus } from '@oogo/shared-domain';
import type { EntityManager } from 'typeorm';

/** A value node-postgres sends as a parameter; PostgreSQL casts it to the column's type. */
export type SqlValue = string | number | null;
export type SqlRow = readonly SqlValue[];

/** PostgreSQL's bind protocol counts parameters in 16 bits. */
const MAX_PARAMETERS = 65_535;

/** `($1, $2), ($3, $4)` for `rows` rows of `width` columns. */
function valuesClause(rows: number, width: number): string {
  const lists: string[] = [];
  for (let row = 0; row < rows; row++) {
    const params = Array.from({ length: width }, (_, column) => `$${row * width + column + 1}`);
    lists.push(`(${params.join(', ')})`);
  }
  return lists.join(', ');
}

function checkWidth(columns: readonly string[], rows: readonly SqlRow[]): void {
  const bad = rows.find((row) => row.length !== columns.length);
  if (bad) throw new Error(`A row has ${bad.length} values for ${columns.length} columns`);
}

/**
 * One multi-row `INSERT … VALUES` per chunk, each chunk under the parameter limit. Table and
 * column names are trusted code constants; every value is a parameter. With `returning`, gives
 * the returned rows of all chunks (in no promised order).
 */
export async function insertRows<T extends object = Record<string, unknown>>(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly SqlRow[],
  returning?: string,
): Promise<T[]> {
  checkWidth(columns, rows);
  const chunkSize = Math.floor(MAX_PARAMETERS / columns.length);
  const returned: T[] = [];
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = valuesClause(chunk.length, columns.length);
    const sql =
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}` +
      (returning ? ` RETURNING ${returning}` : '');
    const result: T[] = await manager.query(sql, chunk.flat());
    if (returning) returned.push(...result);
  }
  return returned;
}

/**
 * Inserts rows and gives their new ids in the order of `rows`. RETURNING order is not
 * promised by PostgreSQL, so ids are matched back through `keyColumn`, whose values must be
 * unique among these rows (a name, a title, a statement).
 */
export async function insertReturningIds(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly SqlRow[],
  keyColumn: string,
): Promise<string[]> {
  const keyIndex = columns.indexOf(keyColumn);
  if (keyIndex < 0) throw new Error(`${keyColumn} is not one of the columns of ${table}`);
  const keys = rows.map((row) => String(row[keyIndex]));
  if (new Set(keys).size !== keys.length) throw new Error(`${table}.${keyColumn} repeats a value`);
  const returned = await insertRows<{ id: string; key: string }>(
    manager,
    table,
    columns,
    rows,
    `id, ${keyColumn}::text AS key`,
  );
  const idByKey = new Map(returned.map(({ id, key }) => [key, id]));
  return keys.map((key) => {
    const id = idByKey.get(key);
    if (!id) throw new Error(`No id returned for ${table} ${key}`);
    return id;
  });
}

export interface OrganizationSeed {
  kind: OrganizationKind;
  name: string;
  /** GM code or bestuursnummer; null for a partner. */
  code: string | null;
}

/**
 * Organizations are global rows shared by plans, so seeding twice must not duplicate them:
 * an existing row with the same kind and code (for a partner: the same name) is reused, and
 * only the missing ones are inserted. Gives ids in the order of `organizations`. Two seeds
 * racing on the same new code wait on the unique index; partners have no such index, so a
 * race there could create a duplicate partner, which a demo seed accepts.
 */
export async function ensureOrganizations(
  manager: EntityManager,
  organizations: readonly OrganizationSeed[],
): Promise<string[]> {
  if (organizations.length === 0) return [];
  const params = organizations.flatMap(({ kind, name, code }) => [kind, name, code]);
  const seeds = `(VALUES ${valuesClause(organizations.length, 3)}) AS seed (kind, name, code)`;
  const matches = `o.kind = seed.kind::organization_kind AND (o.code = seed.code
    OR (seed.code IS NULL AND o.code IS NULL AND o.name = seed.name))`;
  await manager.query(
    `INSERT INTO organization (kind, name, code)
       SELECT seed.kind::organization_kind, seed.name, seed.code FROM ${seeds}
       WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE ${matches})
       ON CONFLICT DO NOTHING`,
    params,
  );
  const found: { id: string; kind: string; name: string; code: string | null }[] =
    await manager.query(
      `SELECT DISTINCT ON (seed.kind, seed.name, seed.code)
              o.id, seed.kind, seed.name, seed.code
         FROM ${seeds} JOIN organization o ON ${matches}
        ORDER BY seed.kind, seed.name, seed.code, o.created_at, o.id`,
      params,
    );
  const key = (seed: { kind: string; name: string; code: string | null }): string =>
    `${seed.kind}|${seed.code ?? `name:${seed.name}`}`;
  const idByKey = new Map(found.map((row) => [key(row), row.id]));
  return organizations.map((organization) => {
    const id = idByKey.get(key(organization));
    if (!id) throw new Error(`Organization ${organization.name} was neither found nor made`);
    return id;
  });
}

export interface PlanSeed {
  title: string;
  region: string;
  description: string;
  periodStartYear: number;
  periodEndYear: number;
  status: PlanStatus;
}

/** Inserts a plan with its participating organizations; gives the plan id. */
export async function insertPlan(
  manager: EntityManager,
  plan: PlanSeed,
  organizationIds: readonly string[],
): Promise<string> {
  const [{ id: planId }] = await insertRows<{ id: string }>(
    manager,
    'plan',
    ['title', 'region', 'description', 'period_start_year', 'period_end_year', 'status'],
    [
      [
        plan.title,
        plan.region,
        plan.description,
        plan.periodStartYear,
        plan.periodEndYear,
        plan.status,
      ],
    ],
    'id',
  );
  await insertRows(
    manager,
    'plan_organization',
    ['plan_id', 'organization_id'],
    [...new Set(organizationIds)].map((organizationId) => [planId, organizationId]),
  );
  return planId;
}
