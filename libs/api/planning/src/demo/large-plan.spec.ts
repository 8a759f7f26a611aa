import { postgresOptions } from '@oogo/api-core';
import { useTestDatabase } from '@oogo/api-core/testing';
import { DataSource } from 'typeorm';
import { generateLargePlan, LARGE_PLAN, type LargePlanOptions } from './large-plan';

const database = useTestDatabase();

interface PlanCounts {
  gemeenten: number;
  indicators: number;
  measurements: number;
  results: number;
  resultIndicators: number;
  activities: number;
  contributions: number;
  assessments: number;
  checklistItems: number;
  qualityChecks: number;
  outcomes: number;
  improvementActions: number;
}

describe('generateLargePlan (on PostgreSQL)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(postgresOptions(database.url)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  async function countsOf(planId: string): Promise<PlanCounts> {
    const perPlan = (table: string): string =>
      `(SELECT count(*)::int FROM ${table} WHERE plan_id = $1)`;
    const [counts]: PlanCounts[] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM plan_organization po
                 JOIN organization o ON o.id = po.organization_id
                WHERE po.plan_id = $1 AND o.kind = 'GEMEENTE') AS "gemeenten",
              ${perPlan('indicator')} AS "indicators",
              ${perPlan('measurement')} AS "measurements",
              ${perPlan('societal_result')} AS "results",
              ${perPlan('result_indicator')} AS "resultIndicators",
              ${perPlan('activity')} AS "activities",
              ${perPlan('contribution')} AS "contributions",
              ${perPlan('activity_assessment')} AS "assessments",
              ${perPlan('intervention_checklist_item')} AS "checklistItems",
              ${perPlan('quality_check')} AS "qualityChecks",
              ${perPlan('outcome_measurement')} AS "outcomes",
              ${perPlan('improvement_action')} AS "improvementActions"`,
      [planId],
    );
    return counts;
  }

  function expectSize(counts: PlanCounts, options: LargePlanOptions): void {
    expect(counts).toEqual({
      gemeenten: options.gemeenten,
      indicators: 8,
      measurements: 8 * options.gemeenten * options.years,
      results: options.results,
      resultIndicators: options.results,
      activities: options.activities,
      contributions: options.links,
      assessments: 7 * options.activities,
      checklistItems: 7 * options.activities,
      qualityChecks: 2 * options.activities,
      outcomes: 2 * options.activities,
      improvementActions: 3,
    });
  }

  async function generate(options: LargePlanOptions): Promise<{ planId: string; ms: number }> {
    const started = performance.now();
    const planId = await dataSource.transaction((manager) => generateLargePlan(manager, options));
    return { planId, ms: performance.now() - started };
  }

  it('makes a small plan of exactly the requested size', async () => {
    const small = { results: 4, activities: 6, links: 24, gemeenten: 2, years: 3 };
    const { planId } = await generate(small);
    expectSize(await countsOf(planId), small);
  });

  it('makes the large plan quickly, and again on the same organisations', async () => {
    const first = await generate(LARGE_PLAN);
    const organizations = await dataSource.query('SELECT count(*)::int AS n FROM organization');
    const second = await generate(LARGE_PLAN);

    expect(second.planId).not.toBe(first.planId);
    expectSize(await countsOf(first.planId), LARGE_PLAN);
    expectSize(await countsOf(second.planId), LARGE_PLAN);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM organization')).toEqual(
      organizations,
    );
    expect(first.ms).toBeLessThan(10_000);
    expect(second.ms).toBeLessThan(10_000);
  });

  it('spreads the links over the results without an empty one', async () => {
    const [{ planId }] = await dataSource.query(
      `SELECT id AS "planId" FROM plan WHERE title LIKE 'Testagenda 40 %' LIMIT 1`,
    );
    const [spread]: { min: number; max: number }[] = await dataSource.query(
      `SELECT min(n)::int AS min, max(n)::int AS max FROM (
         SELECT count(c.id) AS n FROM societal_result r
           LEFT JOIN contribution c ON c.societal_result_id = r.id
          WHERE r.plan_id = $1 GROUP BY r.id) per_result`,
      [planId],
    );
    expect(spread).toEqual({ min: 25, max: 25 });
  });

  it('refuses more links than there are activity–result pairs', async () => {
    await expect(
      generate({ results: 2, activities: 3, links: 7, gemeenten: 1, years: 1 }),
    ).rejects.toThrow(RangeError);
  });
});
