import { useTestDatabase } from '@oogo/api-core/testing';
import { Client } from 'pg';
import { seedDemoData } from './seed-demo-data';

const database = useTestDatabase();

describe('seedDemoData', () => {
  async function planCount(): Promise<number> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (
        (await client.query<{ plans: number }>('SELECT count(*)::int AS plans FROM plan')).rows[0]
          ?.plans ?? 0
      );
    } finally {
      await client.end();
    }
  }

  it('loads the demo region into an empty database, once', async () => {
    const first = await seedDemoData(database.url, { onlyIfEmpty: true });
    const second = await seedDemoData(database.url, { onlyIfEmpty: true });

    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBeUndefined();
    expect(await planCount()).toBe(1);
  });

  it('loads another copy when asked explicitly (the seed command)', async () => {
    await seedDemoData(database.url, { onlyIfEmpty: false });

    expect(await planCount()).toBe(2);
  });
});
