import { browserSession, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { seedDemoData } from '@oogo/api-planning';
import { Client } from 'pg';
import { AccessModule } from './access.module';
import { DEMO_PASSWORD, demoEmail, seedDemoUsers } from './demo-users';

const database = useTestDatabase();

describe('demo accounts', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule]);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('gives every participating organisation of the demo plan an account with a plan role', async () => {
    const planId = (await seedDemoData(database.url, { onlyIfEmpty: false })) as string;

    const accounts = await seedDemoUsers(database.url, planId);
    const again = await seedDemoUsers(database.url, planId);

    expect(again).toEqual(accounts);
    expect(accounts.map((account) => account.role).sort()).toEqual([
      'CONTRIBUTOR',
      'CONTRIBUTOR',
      'CONTRIBUTOR',
      'CONTRIBUTOR',
      'COORDINATOR',
      'EDITOR',
      'EDITOR',
      'EDITOR',
      'EDITOR',
      'VIEWER',
    ]);
    expect(accounts).toContainEqual({
      email: 'gemeente.noorderveen@demo.example',
      organization: 'Gemeente Noorderveen',
      role: 'COORDINATOR',
    });
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      'SELECT count(*)::int AS n FROM membership WHERE plan_id = $1',
      [planId],
    );
    await client.end();
    expect(rows[0]).toEqual({ n: 10 });

    for (const account of accounts) {
      const browser = browserSession(api.url);
      const login = await browser.graphql(
        'mutation ($input: LoginInput!) { login(input: $input) { email } }',
        {
          input: { email: account.email, password: DEMO_PASSWORD },
        },
      );
      expect(login.data).toEqual({ login: { email: account.email } });
    }
  });

  it('derives readable addresses from organisation names', () => {
    expect(demoEmail('Welzijn Veenmeren (jongerenwerk)')).toBe(
      'welzijn.veenmeren.jongerenwerk@demo.example',
    );
  });
});
