import type { EntityManager } from 'typeorm';
import type { Figures } from './figure-analysis';

// Figures go to PostgreSQL in batches as arrays (one per column, unnested there): one
// statement per batch whatever the batch size, and no statement with 200,000 parameters.

const BATCH = 20_000;

/** [start, end) of each batch of `count` figures. */
function* batches(count: number): Generator<[number, number]> {
  for (let start = 0; start < count; start += BATCH) yield [start, Math.min(count, start + BATCH)];
}

/**
 * The stored value of each figure (undefined when there is none yet), by looking the keys up
 * in the measurement table: nothing is written. `indicatorIds[target]` is null for an
 * indicator that does not exist yet, whose figures are all new.
 */
export async function storedValues(
  manager: EntityManager,
  figures: Figures,
  indicatorIds: (string | null)[],
): Promise<(number | undefined)[]> {
  const stored: (number | undefined)[] = new Array<number | undefined>(figures.value.length);
  for (const [start, end] of batches(figures.value.length)) {
    const positions: number[] = [];
    const ids: string[] = [];
    const areas: string[] = [];
    const periods: string[] = [];
    for (let i = start; i < end; i++) {
      const id = indicatorIds[figures.target[i] as number];
      if (!id) continue;
      positions.push(i);
      ids.push(id);
      areas.push(figures.areaCode[i] as string);
      periods.push((figures.period[i] as { code: string }).code);
    }
    if (!ids.length) continue;
    const rows = (await manager.query(
      `SELECT f.n::int AS n, m.value
         FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS f(indicator_id, area_code, period, n)
         JOIN measurement m USING (indicator_id, area_code, period)`,
      [ids, areas, periods],
    )) as { n: number; value: number }[];
    for (const row of rows) stored[positions[row.n - 1] as number] = row.value;
  }
  return stored;
}

export interface UpsertCounts {
  create: number;
  update: number;
  unchanged: number;
}

/**
 * Writes the figures of one plan: new ones are inserted, changed ones updated (a new
 * version), equal ones not touched, so importing the same figures twice changes nothing.
 * `indicatorIds[target]` must all exist by now. A figure's source is its indicator's, or
 * else the file it came from.
 */
export async function upsertMeasurements(
  manager: EntityManager,
  planId: string,
  figures: Figures,
  indicatorIds: string[],
  fileName: string,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { create: 0, update: 0, unchanged: 0 };
  for (const [start, end] of batches(figures.value.length)) {
    const periods = figures.period.slice(start, end);
    const [written] = (await manager.query(
      `WITH written AS (
         INSERT INTO measurement
           (plan_id, indicator_id, area_code, period, period_start, period_end, value, source, measured_on)
         SELECT $1, f.indicator_id, f.area_code, f.period, f.period_start, f.period_end, f.value,
                COALESCE(NULLIF(i.source, ''), $2), NULL
           FROM unnest($3::uuid[], $4::text[], $5::text[], $6::date[], $7::date[], $8::float8[])
                  AS f(indicator_id, area_code, period, period_start, period_end, value)
           JOIN indicator i ON i.id = f.indicator_id AND i.plan_id = $1
         ON CONFLICT (indicator_id, area_code, period) DO UPDATE
            SET value = EXCLUDED.value, source = EXCLUDED.source, measured_on = NULL,
                version = measurement.version + 1, updated_at = now()
          WHERE measurement.value IS DISTINCT FROM EXCLUDED.value
         RETURNING xmax = 0 AS inserted
       )
       SELECT count(*) FILTER (WHERE inserted)::int AS create,
              count(*) FILTER (WHERE NOT inserted)::int AS update
         FROM written`,
      [
        planId,
        fileName,
        figures.target.slice(start, end).map((target) => indicatorIds[target]),
        figures.areaCode.slice(start, end),
        periods.map((period) => period.code),
        periods.map((period) => period.start),
        periods.map((period) => period.end),
        figures.value.slice(start, end),
      ],
    )) as { create: number; update: number }[];
    counts.create += written?.create ?? 0;
    counts.update += written?.update ?? 0;
    counts.unchanged += end - start - (written?.create ?? 0) - (written?.update ?? 0);
  }
  return counts;
}
