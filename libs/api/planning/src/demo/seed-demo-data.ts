import { postgresOptions } from '@oogo/api-core';
import { DataSource } from 'typeorm';
import { seedDemoRegion } from './demo-region';

// Any constant; it only has to be the same for every api instance.
const DEMO_SEED_LOCK_KEY = 7_316_002;

/**
 * Loads the demo region into the database at `url`, in one transaction. With `onlyIfEmpty`
 * (the embedded default on first start) nothing happens when any plan exists already.
 * @returns the demo plan's id, or undefined when nothing was loaded
 */
export async function seedDemoData(
  url: string,
  { onlyIfEmpty }: { onlyIfEmpty: boolean },
): Promise<string | undefined> {
  const dataSource = await new DataSource(postgresOptions(url)).initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK_KEY]);
      if (onlyIfEmpty) {
        const [{ plans }] = (await manager.query('SELECT count(*)::int AS plans FROM plan')) as [
          { plans: number },
        ];
        if (plans > 0) return undefined;
      }
      return seedDemoRegion(manager);
    });
  } finally {
    await dataSource.destroy();
  }
}
