import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import { useTestDatabase } from '@oogo/api-core/testing';
import { seedDemoData } from '@oogo/api-planning';
import { PlanRole } from '@oogo/shared-domain';
import { Client } from 'pg';
import { startTestApp, TestApp } from '../testing/test-app';

// The figures export and the figures import are two modules; this checks they agree: what
// the metingen export writes, the import reads back as the very same figures.

const database = useTestDatabase();

const PREVIEW = `mutation ($input: PreviewFigureImportInput!) {
  previewFigureImport(input: $input) {
    mapping { indicatorColumn }
    counts { rows create update unchanged rejected newIndicators }
  }
}`;

describe('figures out and back in', () => {
  let api: TestApp;
  let editor: SignedIn;
  let planId: string;
  let measurements: number;

  beforeAll(async () => {
    planId = (await seedDemoData(database.url, { onlyIfEmpty: false })) as string;
    api = await startTestApp(database.url);
    editor = await signIn(`${api.baseUrl}/graphql`, database.url);
    await joinPlan(database.url, planId, editor.user.id, PlanRole.EDITOR);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client
      .query<{ count: number }>(
        'SELECT count(*)::int AS count FROM measurement WHERE plan_id = $1',
        [planId],
      )
      .finally(() => client.end());
    measurements = rows[0]?.count ?? 0;
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each(['metingen.csv', 'metingen.xlsx'])(
    'imports its own %s export as every figure unchanged',
    async (file) => {
      const cookie = [...editor.browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const exported = await fetch(`${api.baseUrl}/api/plans/${planId}/export/${file}`, {
        headers: { cookie },
      });
      expect(exported.status).toBe(200);
      const uploaded = await fetch(`${api.baseUrl}/api/plans/${planId}/figure-imports`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': file },
        body: Buffer.from(await exported.arrayBuffer()),
      });
      expect(uploaded.status).toBe(201);
      const { importId } = (await uploaded.json()) as { importId: string };

      const response = await editor.graphql<{
        previewFigureImport: { mapping: { indicatorColumn: number }; counts: object };
      }>(PREVIEW, { input: { planId, importId } });

      expect(measurements).toBeGreaterThan(50);
      expect(response.errors).toBeUndefined();
      expect(response.data?.previewFigureImport).toEqual({
        mapping: { indicatorColumn: 0 },
        counts: {
          rows: measurements,
          create: 0,
          update: 0,
          unchanged: measurements,
          rejected: 0,
          newIndicators: 0,
        },
      });
    },
  );
});
