import { postgresOptions } from '@oogo/api-core';
import {
  countStatements,
  GraphqlRequest,
  startTestApi,
  TestApi,
  useTestDatabase,
} from '@oogo/api-core/testing';
import { DataSource } from 'typeorm';
import { generateLargePlan, LARGE_PLAN } from '../demo/large-plan';
import { PlanningModule } from '../planning.module';
import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn } from '@oogo/api-access/testing';
import { PLAN_GRAPH_QUERY } from '../testing/plan-graph.query';

const database = useTestDatabase();

// The whole graph plus everything computed from it.
const PLAN_WITH_INSIGHT_QUERY = PLAN_GRAPH_QUERY.replace(
  'id title region status',
  `id title region status
   gaps { kind itemId }
   completeness { stage score }
   resultIndicators { id progress { progressPct onTrack } }
   activities { id checklist { doubtfulEffectiveness } }`,
);

describe('plan(id) costs a constant number of SQL statements', () => {
  let api: TestApi;
  let graphql: GraphqlRequest;
  let smallPlanId: string;
  let largePlanId: string;

  beforeAll(async () => {
    const dataSource = await new DataSource(postgresOptions(database.url)).initialize();
    smallPlanId = await dataSource.transaction((manager) =>
      generateLargePlan(manager, { results: 2, activities: 3, links: 4, gemeenten: 2, years: 2 }),
    );
    largePlanId = await dataSource.transaction((manager) => generateLargePlan(manager, LARGE_PLAN));
    await dataSource.destroy();
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    const signedIn = await signIn(api.url, database.url);
    graphql = signedIn.graphql;
    for (const planId of [smallPlanId, largePlanId]) {
      await joinPlan(database.url, planId, signedIn.user.id, 'VIEWER');
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  async function statementsFor(planId: string): Promise<number> {
    const { result, statements } = await countStatements(() =>
      graphql(PLAN_WITH_INSIGHT_QUERY, { id: planId }),
    );
    expect(result.errors).toBeUndefined();
    return statements;
  }

  it('is the same for a plan of 3 activities and one of 200 activities and 1,000 links', async () => {
    const small = await statementsFor(smallPlanId);
    const large = await statementsFor(largePlanId);

    expect(large).toBe(small);
    // One per table at most (the plan, its organisations, ~20 item and link tables), plus
    // the access check (session, membership).
    expect(large).toBeLessThanOrEqual(26);
  });
});
