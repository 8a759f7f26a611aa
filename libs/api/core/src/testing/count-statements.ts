import { Client } from 'pg';

/**
 * Counts the SQL statements sent through `pg` (every TypeORM query goes through it) while
 * `work` runs, in this process. For "constant statements per request" tests: run one request
 * at a time.
 */
export async function countStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let statements = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    statements++;
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, statements };
  } finally {
    prototype.query = original;
  }
}
