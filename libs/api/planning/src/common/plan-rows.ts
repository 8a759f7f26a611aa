import { Injectable, Type } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupBy } from './collections';

export type MaybePromise<T> = T | Promise<T>;

const NONE: never[] = [];

/** Applies `map` now when `value` is ready, later when it is a promise. */
export function then<T, R>(
  value: MaybePromise<T>,
  map: (ready: T) => MaybePromise<R>,
): MaybePromise<R> {
  return value instanceof Promise ? value.then(map) : map(value);
}

/** A row of a plan, or a plan itself (whose plan is itself). */
export interface PlanScoped {
  id?: string;
  planId?: string;
}

export function planIdOf(row: PlanScoped): string {
  return (row.planId ?? row.id) as string;
}

/**
 * Everything one request reads, one SQL statement per table however deep the query goes:
 * each table's rows are loaded per plan (batched over plans), then children, parents and
 * links are found by grouping in memory. So `plan(id)` costs the same number of statements
 * for 10 activities as for 1,000.
 */
export class PlanRows {
  private readonly tables = new Map<Type<unknown>, DataLoader<string, unknown[]>>();
  private readonly loaded = new Map<string, unknown[]>();
  private readonly found = new Map<string, unknown>();
  private readonly groups = new Map<string, Map<unknown, unknown[]>>();
  private readonly globals = new Map<Type<unknown>, DataLoader<string, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  /** All rows of `entity` in a plan, in a stable order. */
  of<E>(entity: Type<E>, planId: string): Promise<E[]> {
    let loader = this.tables.get(entity);
    if (!loader) {
      const select = selectFor(this.dataSource, entity);
      loader = new DataLoader(async (planIds: readonly string[]) => {
        const [{ rows }] = (await this.dataSource.query(select.sql, [planIds])) as [
          { rows: Record<string, unknown>[] },
        ];
        for (const row of rows) {
          for (const property of select.timestamps)
            row[property] = new Date(row[property] as number);
        }
        const byPlan = groupBy(rows, (row) => row['planId'] as string);
        return planIds.map((planId) => byPlan.get(planId) ?? NONE);
      });
      this.tables.set(entity, loader);
    }
    return loader.load(planId).then((rows) => {
      this.loaded.set(`${entity.name}@${planId}`, rows);
      return rows as E[];
    });
  }

  /**
   * Loads the given tables of a plan at once (in parallel, one statement each). After this,
   * every relation in the plan resolves synchronously: no round trip per level of the query,
   * and no promise per field.
   */
  async prefetch(planId: string, entities: readonly Type<unknown>[]): Promise<void> {
    await Promise.all(entities.map((entity) => this.of(entity, planId)));
  }

  /**
   * Rows of `entity` in the plan whose `key` equals `value`. Answers synchronously once the
   * table is loaded: a large plan resolves thousands of links, and a promise for each is
   * measurable.
   */
  where<E>(
    entity: Type<E>,
    planId: string,
    key: keyof E & string,
    value: unknown,
  ): MaybePromise<E[]> {
    const cacheKey = `${entity.name}.${key}@${planId}`;
    let group = this.groups.get(cacheKey);
    if (!group) {
      const rows = this.loaded.get(`${entity.name}@${planId}`);
      if (!rows) return this.of(entity, planId).then(() => this.where(entity, planId, key, value));
      group = groupBy(rows as E[], (row) => row[key] as string | null) as Map<unknown, unknown[]>;
      this.groups.set(cacheKey, group);
    }
    return (group.get(value) as E[] | undefined) ?? NONE;
  }

  /** A row of a table that is not per plan (organisations, plans), by id. */
  byId<E>(entity: Type<E>, id: string): MaybePromise<E | null> {
    const key = `${entity.name}:${id}`;
    if (this.found.has(key)) return this.found.get(key) as E | null;
    let loader = this.globals.get(entity);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = (await this.dataSource
          .getRepository(entity)
          .findBy({ id: In([...ids]) } as never)) as (E & {
          id: string;
        })[];
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.globals.set(entity, loader);
    }
    return loader.load(id).then((row) => {
      this.found.set(key, row);
      return row as E | null;
    });
  }
}

interface TableSelect {
  sql: string;
  /** Properties that arrive as epoch milliseconds and become Dates. */
  timestamps: string[];
}

const selects = new WeakMap<Type<unknown>, TableSelect>();

/**
 * Plain SQL that returns rows already shaped like the entity: bulk reads skip TypeORM's
 * per-value hydration, which took most of the time of a large plan(id). Timestamps come as
 * epoch milliseconds (cheaper to turn into Dates than to parse), dates as YYYY-MM-DD text.
 */
function selectFor(dataSource: DataSource, entity: Type<unknown>): TableSelect {
  const cached = selects.get(entity);
  if (cached) return cached;
  const metadata = dataSource.getMetadata(entity);
  const timestamps: string[] = [];
  const columns = metadata.columns.map((column) => {
    const name = `"${column.databaseName}"`;
    if (column.type === 'timestamptz') {
      timestamps.push(column.propertyName);
      return `date_part('epoch', ${name}) * 1000 AS "${column.propertyName}"`;
    }
    return `${column.type === 'date' ? `${name}::text` : name} AS "${column.propertyName}"`;
  });
  // Oldest period first, then by area, then in the order items were made.
  const order = ['periodStart', 'areaCode', 'createdAt', 'id']
    .filter((property) => metadata.columns.some((column) => column.propertyName === property))
    .map((property) => `t."${property}"`);
  // One JSON value per table: PostgreSQL builds it and Node parses it natively, which is
  // several times cheaper than pg decoding thousands of rows field by field.
  const select = {
    sql:
      `SELECT coalesce(json_agg(t${order.length ? ` ORDER BY ${order.join(', ')}` : ''}), '[]') AS rows ` +
      `FROM (SELECT ${columns.join(', ')} FROM "${metadata.tableName}" WHERE plan_id = ANY($1)) t`,
    timestamps,
  };
  selects.set(entity, select);
  return select;
}

/** One PlanRows per GraphQL request (keyed on the request's context object). */
@Injectable()
export class PlanRowsProvider {
  private readonly perRequest = new WeakMap<object, PlanRows>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forRequest(context: object): PlanRows {
    let rows = this.perRequest.get(context);
    if (!rows) {
      rows = new PlanRows(this.dataSource);
      this.perRequest.set(context, rows);
    }
    return rows;
  }
}
