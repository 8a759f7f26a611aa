import { postgresOptions } from '@oogo/api-core';
import { countStatements, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { DataSource } from 'typeorm';
import { generateLargePlan, LARGE_PLAN } from '../demo/large-plan';
import { PlanningModule } from '../planning.module';
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
  let smallPlanId: string;
  let largePlanId: string;

  beforeAll(async () => {
    const dataSource = await new DataSource(postgresOptions(database.url)).initialize();
    smallPlanId = await dataSource.transaction((manager) =>
      generateLargePlan(manager, { results: 2, activities: 3, links: 4, gemeenten: 2, years: 2 }),
    );
    largePlanId = await dataSource.transaction((manager) => generateLargePlan(manager, LARGE_PLAN));
    await dataSource.destroy();
    api = await startTestApi(database.url, [PlanningModule]);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function statementsFor(planId: string): Promise<number> {
    const { result, statements } = await countStatements(() =>
      api.graphql(PLAN_WITH_INSIGHT_QUERY, { id: planId }),
    );
    expect(result.errors).toBeUndefined();
    return statements;
  }

  it('is the same for a plan of 3 activities and one of 200 activities and 1,000 links', async () => {
    const small = await statementsFor(smallPlanId);
    const large = await statementsFor(largePlanId);

    expect(large).toBe(small);
    // One per table at most (the plan, its organisations and ~20 item and link tables).
    expect(large).toBeLessThanOrEqual(25);
  });
});
