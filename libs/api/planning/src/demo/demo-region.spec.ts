import { postgresOptions } from '@oogo/api-core';
import { useTestDatabase } from '@oogo/api-core/testing';
import { DataSource } from 'typeorm';
import { seedDemoRegion } from './demo-region';

const database = useTestDatabase();

describe('seedDemoRegion (on PostgreSQL)', () => {
  let dataSource: DataSource;
  let planId: string;

  /** One number from a query that selects a single `n`. */
  async function count(sql: string, params: unknown[] = [planId]): Promise<number> {
    const [{ n }]: { n: string | number }[] = await dataSource.query(sql, params);
    return Number(n);
  }

  beforeAll(async () => {
    dataSource = await new DataSource(postgresOptions(database.url)).initialize();
    planId = await dataSource.transaction((manager) => seedDemoRegion(manager));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('makes a plan in consultation for 2025–2028 with all its organisations', async () => {
    const [plan] = await dataSource.query(
      'SELECT status, period_start_year, period_end_year FROM plan WHERE id = $1',
      [planId],
    );
    expect(plan).toEqual({
      status: 'IN_CONSULTATION',
      period_start_year: 2025,
      period_end_year: 2028,
    });

    const kinds: { kind: string; n: number }[] = await dataSource.query(
      `SELECT o.kind, count(*)::int AS n FROM plan_organization po
         JOIN organization o ON o.id = po.organization_id
        WHERE po.plan_id = $1 GROUP BY o.kind`,
      [planId],
    );
    const byKind = Object.fromEntries(kinds.map(({ kind, n }) => [kind, n]));
    expect(byKind['GEMEENTE']).toBe(3);
    expect(byKind['SCHOOLBESTUUR']).toBe(2);
    expect(byKind['PARTNER']).toBeGreaterThanOrEqual(4);
  });

  it('has five yearly CBS periods per indicator and gemeente', async () => {
    const indicators = await count('SELECT count(*) AS n FROM indicator WHERE plan_id = $1');
    expect(indicators).toBeGreaterThanOrEqual(5);
    expect(indicators).toBeLessThanOrEqual(6);

    const series: { years: number; periods_ok: boolean }[] = await dataSource.query(
      `SELECT count(DISTINCT m.period)::int AS years,
              bool_and(m.period = extract(year FROM m.period_start) || 'JJ00'
                AND m.period_start = make_date(extract(year FROM m.period_start)::int, 1, 1)
                AND m.period_end = make_date(extract(year FROM m.period_start)::int, 12, 31))
                AS periods_ok
         FROM indicator i
        CROSS JOIN plan_organization po
         JOIN organization o ON o.id = po.organization_id AND o.kind = 'GEMEENTE'
         LEFT JOIN measurement m ON m.indicator_id = i.id AND m.area_code = o.code
        WHERE i.plan_id = $1 AND po.plan_id = $1
        GROUP BY i.id, o.id`,
      [planId],
    );
    expect(series).toHaveLength(indicators * 3);
    for (const { years, periods_ok } of series) {
      expect(years).toBe(5);
      expect(periods_ok).toBe(true);
    }
  });

  it('links signals and indicators to analyses', async () => {
    expect(
      await count('SELECT count(*) AS n FROM signal WHERE plan_id = $1'),
    ).toBeGreaterThanOrEqual(4);
    expect(
      await count(
        'SELECT count(*) AS n FROM signal WHERE plan_id = $1 AND organization_id IS NOT NULL',
      ),
    ).toBeGreaterThan(0);
    const analyses: { linked: boolean }[] = await dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM analysis_indicator ai WHERE ai.analysis_id = a.id)
              AND EXISTS (SELECT 1 FROM analysis_signal s WHERE s.analysis_id = a.id) AS linked
         FROM analysis a WHERE a.plan_id = $1`,
      [planId],
    );
    expect(analyses.length).toBeGreaterThanOrEqual(2);
    expect(analyses.every(({ linked }) => linked)).toBe(true);
  });

  it('has an analysis answered by every gemeente and schoolbestuur on all questions', async () => {
    const complete = await count(
      `SELECT count(*) AS n FROM analysis a
        WHERE a.plan_id = $1
          AND NOT EXISTS (
            SELECT 1 FROM plan_organization po
              JOIN organization o ON o.id = po.organization_id
             CROSS JOIN unnest(enum_range(NULL::reflection_question)) AS q (question)
             WHERE po.plan_id = a.plan_id AND o.kind IN ('GEMEENTE', 'SCHOOLBESTUUR')
               AND NOT EXISTS (
                 SELECT 1 FROM reflection_answer ra
                  WHERE ra.analysis_id = a.id AND ra.organization_id = o.id
                    AND ra.question = q.question))`,
    );
    expect(complete).toBeGreaterThanOrEqual(1);
  });

  it('gives every result an effect indicator, with one clearly off track', async () => {
    const results: { indicators: number }[] = await dataSource.query(
      `SELECT count(ri.id)::int AS indicators FROM societal_result r
         LEFT JOIN result_indicator ri ON ri.societal_result_id = r.id
        WHERE r.plan_id = $1 GROUP BY r.id`,
      [planId],
    );
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.every(({ indicators }) => indicators >= 1 && indicators <= 2)).toBe(true);
    expect(
      await count(
        `SELECT count(*) AS n FROM societal_result r WHERE r.plan_id = $1
           AND NOT EXISTS (SELECT 1 FROM societal_result_analysis l
                            WHERE l.societal_result_id = r.id)`,
      ),
    ).toBe(0);

    // Latest mean of the gemeenten, compared with the baseline: moving away from the target?
    const offTrack = await count(
      `SELECT count(*) AS n FROM result_indicator ri
         CROSS JOIN LATERAL (
           SELECT avg(m.value) AS latest FROM measurement m
             JOIN organization o ON o.code = m.area_code AND o.kind = 'GEMEENTE'
            WHERE m.indicator_id = ri.indicator_id
              AND m.period = (SELECT max(period) FROM measurement
                               WHERE indicator_id = ri.indicator_id)
         ) l
        WHERE ri.plan_id = $1
          AND CASE ri.direction WHEN 'DECREASE' THEN l.latest > ri.baseline_value
                                ELSE l.latest < ri.baseline_value END`,
    );
    expect(offTrack).toBeGreaterThanOrEqual(1);
  });

  it('has activities of every kind with exactly one gap on each side of the chain', async () => {
    const kinds: { kind: string; n: number }[] = await dataSource.query(
      'SELECT kind, count(*)::int AS n FROM activity WHERE plan_id = $1 GROUP BY kind',
      [planId],
    );
    expect(kinds.map(({ kind }) => kind).sort()).toEqual(['ACCESS', 'CURATIVE', 'PREVENTIVE']);
    expect(kinds.reduce((sum, { n }) => sum + n, 0)).toBeGreaterThanOrEqual(12);

    expect(
      await count(
        `SELECT count(*) AS n FROM societal_result r WHERE r.plan_id = $1
           AND NOT EXISTS (SELECT 1 FROM contribution c WHERE c.societal_result_id = r.id)`,
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM activity a WHERE a.plan_id = $1
           AND NOT EXISTS (SELECT 1 FROM contribution c WHERE c.activity_id = a.id)`,
      ),
    ).toBe(1);
    // Most served results have two or more activities.
    const served: { activities: number }[] = await dataSource.query(
      `SELECT count(*)::int AS activities FROM contribution WHERE plan_id = $1
        GROUP BY societal_result_id`,
      [planId],
    );
    expect(served.filter(({ activities }) => activities >= 2).length).toBe(served.length);
  });

  it('assesses every activity on all seven criteria and checklist points', async () => {
    const activities: { criteria: number; points: number; unclear: number }[] =
      await dataSource.query(
        `SELECT (SELECT count(*)::int FROM activity_assessment s
                  WHERE s.activity_id = a.id) AS criteria,
                (SELECT count(*)::int FROM intervention_checklist_item c
                  WHERE c.activity_id = a.id) AS points,
                (SELECT count(*)::int FROM intervention_checklist_item c
                  WHERE c.activity_id = a.id AND c.status = 'UNCLEAR') AS unclear
           FROM activity a WHERE a.plan_id = $1`,
        [planId],
      );
    expect(activities.every(({ criteria, points }) => criteria === 7 && points === 7)).toBe(true);
    expect(activities.filter(({ unclear }) => unclear >= 3)).toHaveLength(1);
  });

  it('has literature for some activities and none for an unrecognised one', async () => {
    expect(
      await count(
        'SELECT count(DISTINCT activity_id) AS n FROM literature_reference WHERE plan_id = $1',
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(
        `SELECT count(*) AS n FROM activity a WHERE a.plan_id = $1 AND a.evidence_level = 'NONE'
           AND NOT EXISTS (SELECT 1 FROM literature_reference l WHERE l.activity_id = a.id)`,
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('checks quality for most activities and measures outcome for 2023 and 2024', async () => {
    const activities = await count('SELECT count(*) AS n FROM activity WHERE plan_id = $1');
    const checked = await count(
      'SELECT count(DISTINCT activity_id) AS n FROM quality_check WHERE plan_id = $1',
    );
    expect(checked).toBeGreaterThan(activities / 2);
    expect(
      await count(`SELECT count(DISTINCT status) AS n FROM quality_check WHERE plan_id = $1`),
    ).toBeGreaterThanOrEqual(3);

    const outcomes: { period: string; n: number }[] = await dataSource.query(
      `SELECT period, count(*)::int AS n FROM outcome_measurement WHERE plan_id = $1
        GROUP BY period ORDER BY period`,
      [planId],
    );
    expect(outcomes).toEqual([
      { period: '2023JJ00', n: activities },
      { period: '2024JJ00', n: activities - 1 },
    ]);
  });

  it('holds a learning review with answers and improvement actions', async () => {
    const [review]: { id: string; questions: number; parties: number }[] = await dataSource.query(
      `SELECT r.id, count(DISTINCT ra.question)::int AS questions,
              count(DISTINCT ra.organization_id)::int AS parties
         FROM learning_review r JOIN reflection_answer ra ON ra.learning_review_id = r.id
        WHERE r.plan_id = $1 GROUP BY r.id`,
      [planId],
    );
    expect(review.questions).toBe(4);
    expect(review.parties).toBeGreaterThanOrEqual(3);
    const actions: { status: string; points: boolean }[] = await dataSource.query(
      `SELECT status, (societal_result_id IS NOT NULL OR activity_id IS NOT NULL) AS points
         FROM improvement_action WHERE learning_review_id = $1`,
      [review.id],
    );
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.every(({ points }) => points)).toBe(true);
    expect(new Set(actions.map(({ status }) => status)).size).toBeGreaterThanOrEqual(2);
  });

  it('seeds a second plan on the same organisations', async () => {
    const organizationsBefore = await count('SELECT count(*) AS n FROM organization', []);
    const secondPlanId = await dataSource.transaction((manager) => seedDemoRegion(manager));

    expect(secondPlanId).not.toBe(planId);
    expect(await count('SELECT count(*) AS n FROM organization', [])).toBe(organizationsBefore);
    expect(await count('SELECT count(*) AS n FROM plan', [])).toBe(2);
    const shared = await count(
      `SELECT count(*) AS n FROM plan_organization a
         JOIN plan_organization b ON b.organization_id = a.organization_id AND b.plan_id = $2
        WHERE a.plan_id = $1`,
      [planId, secondPlanId],
    );
    expect(shared).toBe(
      await count('SELECT count(*) AS n FROM plan_organization WHERE plan_id = $1'),
    );
  });
});
