import { browserSession, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
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

  /** A plan with the demo region's kinds of participants (the real demo data lives in planning). */
  async function regionPlan(): Promise<string> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(
        `WITH organizations AS (
           INSERT INTO organization (kind, name, code) VALUES
             ('GEMEENTE', 'Gemeente Noorderveen', 'GM1997'), ('GEMEENTE', 'Gemeente Haverdijk', 'GM1998'),
             ('GEMEENTE', 'Gemeente Lindewolde', 'GM1999'), ('SCHOOLBESTUUR', 'Stichting Kompas', '49901'),
             ('SCHOOLBESTUUR', 'Scholengroep Veenmeren', '49902'), ('PARTNER', 'GGD Veenmeren', NULL),
             ('PARTNER', 'Jeugdhulp De Linde', NULL), ('PARTNER', 'Kinderopvang Het Speelhuis', NULL),
             ('PARTNER', 'Samenwerkingsverband Veenmeren', NULL), ('PARTNER', 'Welzijn Veenmeren (jongerenwerk)', NULL)
           RETURNING id),
         new_plan AS (
           INSERT INTO plan (title, region, period_start_year, period_end_year, status)
           VALUES ('Ontwikkelagenda', 'Regio Veenmeren', 2025, 2028, 'IN_CONSULTATION') RETURNING id),
         participants AS (
           INSERT INTO plan_organization (plan_id, organization_id)
           SELECT new_plan.id, organizations.id FROM new_plan, organizations)
         SELECT id FROM new_plan`,
      );
      return (rows[0] as { id: string }).id;
    } finally {
      await client.end();
    }
  }

  it('gives every participating organisation of the demo plan an account with a plan role', async () => {
    const planId = await regionPlan();

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
