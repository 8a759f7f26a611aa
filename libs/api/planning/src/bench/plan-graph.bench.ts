import { postgresOptions } from '@oogo/api-core';
import {
  countStatements,
  GraphqlRequest,
  startTestApi,
  TestApi,
  useTestDatabase,
} from '@oogo/api-core/testing';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { generateLargePlan, LARGE_PLAN } from '../demo/large-plan';
import { PlanningModule } from '../planning.module';
import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn } from '@oogo/api-access/testing';
import { PLAN_GRAPH_QUERY } from '../testing/plan-graph.query';

// plan(id) over GraphQL against the same rows fetched with hand-written SQL through `pg`, in
// the same run on the same machine; the ratio is what matters, not the absolute times.

const WARM_UP = Number(process.env['BENCH_WARM_UP'] ?? 20);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 200);

const database = useTestDatabase();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Times both contenders in alternation, so drift on a shared machine (other processes, CPU
 * frequency) affects both alike.
 */
async function measureInTurns(
  contenders: Record<string, () => Promise<unknown>>,
): Promise<Record<string, { p50: number; p95: number }>> {
  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, [] as number[]]));
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [name, work] of Object.entries(contenders)) {
      const start = performance.now();
      await work();
      if (run >= WARM_UP) times[name]?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return [name, { p50: percentile(sorted, 50), p95: percentile(sorted, 95) }];
    }),
  );
}

/**
 * The baseline: one statement that has PostgreSQL build the whole graph as JSON, the fastest
 * plain-SQL way to get it (one round trip, no ORM, no GraphQL).
 */
const RAW_PLAN_GRAPH_SQL = `
  SELECT json_build_object(
    'plan', (SELECT row_to_json(p) FROM plan p WHERE p.id = $1),
    'participants', (SELECT json_agg(o) FROM organization o JOIN plan_organization po ON po.organization_id = o.id WHERE po.plan_id = $1),
    'indicators', (SELECT json_agg(i) FROM indicator i WHERE i.plan_id = $1),
    'measurements', (SELECT json_agg(m ORDER BY m.period_start, m.area_code) FROM measurement m WHERE m.plan_id = $1),
    'signals', (SELECT json_agg(s) FROM signal s WHERE s.plan_id = $1),
    'analyses', (SELECT json_agg(a) FROM analysis a WHERE a.plan_id = $1),
    'analysisIndicators', (SELECT json_agg(x) FROM analysis_indicator x WHERE x.plan_id = $1),
    'analysisSignals', (SELECT json_agg(x) FROM analysis_signal x WHERE x.plan_id = $1),
    'answers', (SELECT json_agg(r) FROM reflection_answer r WHERE r.plan_id = $1),
    'results', (SELECT json_agg(r) FROM societal_result r WHERE r.plan_id = $1),
    'resultAnalyses', (SELECT json_agg(x) FROM societal_result_analysis x WHERE x.plan_id = $1),
    'resultIndicators', (SELECT json_agg(r) FROM result_indicator r WHERE r.plan_id = $1),
    'activities', (SELECT json_agg(a) FROM activity a WHERE a.plan_id = $1),
    'contributions', (SELECT json_agg(c) FROM contribution c WHERE c.plan_id = $1),
    'assessments', (SELECT json_agg(a) FROM activity_assessment a WHERE a.plan_id = $1),
    'checklistItems', (SELECT json_agg(c) FROM intervention_checklist_item c WHERE c.plan_id = $1),
    'literature', (SELECT json_agg(l) FROM literature_reference l WHERE l.plan_id = $1),
    'qualityChecks', (SELECT json_agg(q) FROM quality_check q WHERE q.plan_id = $1),
    'outcomes', (SELECT json_agg(o ORDER BY o.period_start) FROM outcome_measurement o WHERE o.plan_id = $1),
    'reviews', (SELECT json_agg(r) FROM learning_review r WHERE r.plan_id = $1),
    'actions', (SELECT json_agg(a) FROM improvement_action a WHERE a.plan_id = $1)
  ) AS graph`;

describe('plan(id) on the large plan', () => {
  let api: TestApi;
  let graphql: GraphqlRequest;
  let pool: Pool;
  let planId: string;

  beforeAll(async () => {
    const dataSource = await new DataSource(postgresOptions(database.url)).initialize();
    planId = await dataSource.transaction((manager) => generateLargePlan(manager, LARGE_PLAN));
    await dataSource.destroy();
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    const signedIn = await signIn(api.url, database.url);
    graphql = signedIn.graphql;
    await joinPlan(database.url, planId, signedIn.user.id, 'VIEWER');
    pool = new Pool({ connectionString: database.url, max: 10 });
  });

  afterAll(async () => {
    await api?.close();
    await pool?.end();
  });

  it('reports GraphQL against raw SQL', async () => {
    const { result: first, statements } = await countStatements(() =>
      graphql<{ plan: { activities: unknown[] } }>(PLAN_GRAPH_QUERY, { id: planId }),
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.plan.activities).toHaveLength(LARGE_PLAN.activities);

    const timings = await measureInTurns({
      graphql: () => graphql(PLAN_GRAPH_QUERY, { id: planId }),
      raw: () => pool.query(RAW_PLAN_GRAPH_SQL, [planId]),
    });
    const overGraphql = timings['graphql'] as { p50: number; p95: number };
    const raw = timings['raw'] as { p50: number; p95: number };
    const ratio = overGraphql.p50 / raw.p50;

    const row = (name: string, t: { p50: number; p95: number }) =>
      `${name.padEnd(28)} p50 ${t.p50.toFixed(1).padStart(7)} ms   p95 ${t.p95.toFixed(1).padStart(7)} ms`;
    process.stdout.write(
      [
        '',
        `Large plan: ${LARGE_PLAN.results} results, ${LARGE_PLAN.activities} activities, ${LARGE_PLAN.links} links, ` +
          `${LARGE_PLAN.years} years × ${LARGE_PLAN.gemeenten} gemeenten; ${RUNS} runs after ${WARM_UP} warm-up, in turns`,
        row('GraphQL plan(id) over HTTP', overGraphql),
        row('raw SQL (pg, one statement)', raw),
        `ratio (p50 GraphQL / p50 SQL): ${ratio.toFixed(2)}   statements per GraphQL request: ${statements}`,
        `response: ${(JSON.stringify(first.data).length / 1024).toFixed(0)} KiB of JSON`,
        '',
      ].join('\n'),
    );
    expect(Number.isFinite(ratio)).toBe(true);
  });
});
