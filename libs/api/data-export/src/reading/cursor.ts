import type { DataSource } from 'typeorm';

/** Rows per FETCH: large enough to amortise the round trip, small enough to stay in memory. */
const PAGE = 5000;

/**
 * The rows of a query, a page at a time, from a server-side cursor in one read-only
 * transaction: a consistent snapshot however long the download takes, and never more than
 * one page in memory. The connection goes back to the pool when the loop ends or breaks.
 */
export async function* queryInPages<Row>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
  pageSize = PAGE,
): AsyncGenerator<Row[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let open = false;
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    open = true;
    await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, parameters);
    for (;;) {
      const rows = (await runner.query(`FETCH ${pageSize} FROM export_rows`)) as Row[];
      if (rows.length) yield rows;
      if (rows.length < pageSize) break;
    }
  } finally {
    if (open) await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
