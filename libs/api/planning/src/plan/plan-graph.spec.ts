import { AccessModule } from '@oogo/api-access';
import { signIn } from '@oogo/api-access/testing';
import { GraphqlRequest, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { PlanningModule } from '../planning.module';
import {
  activityInput,
  createItem,
  createOrganization,
  createPlan,
  indicatorInput,
  Ref,
} from '../testing/plan-factory';

const database = useTestDatabase();

/** A small chain: indicator → analysis → result (with effect indicator) → activity → quality, outcome. */
describe('the plan graph and its traceability over GraphQL', () => {
  let api: TestApi;
  let graphql: GraphqlRequest;
  let plan: Ref;
  let gemeente: Ref;
  let indicator: Ref;
  let analysis: Ref;
  let servedResult: Ref;
  let orphanResult: Ref;
  let activity: Ref;
  let idleActivity: Ref;
  let resultIndicator: Ref;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    ({ graphql } = await signIn(api.url, database.url));
    gemeente = await createOrganization(graphql, 'GEMEENTE');
    plan = await createPlan(graphql, [gemeente.id]);
    indicator = await createItem(
      graphql,
      'Indicator',
      indicatorInput(plan.id, { name: 'Absoluut verzuim' }),
    );
    for (const [year, value] of [
      [2021, 5.2],
      [2022, 4.8],
      [2023, 4.1],
      [2024, 3.9],
    ] as const) {
      await createItem(graphql, 'Measurement', {
        planId: plan.id,
        indicatorId: indicator.id,
        areaCode: 'GM1990',
        period: String(year),
        value,
      });
    }
    const signal = await createItem(graphql, 'Signal', {
      planId: plan.id,
      title: 'Meer thuiszitters',
      organizationId: gemeente.id,
    });
    analysis = await createItem(graphql, 'Analysis', {
      planId: plan.id,
      theme: 'Verzuim',
      indicatorIds: [indicator.id],
      signalIds: [signal.id],
    });
    servedResult = await createItem(graphql, 'SocietalResult', {
      planId: plan.id,
      statement: 'Alle kinderen gaan naar school',
      analysisIds: [analysis.id],
    });
    orphanResult = await createItem(graphql, 'SocietalResult', {
      planId: plan.id,
      statement: 'Gezonde leefstijl',
    });
    resultIndicator = await createItem(graphql, 'ResultIndicator', {
      planId: plan.id,
      societalResultId: servedResult.id,
      indicatorId: indicator.id,
      baselineValue: 5,
      baselineYear: 2022,
      targetValue: 3,
      targetYear: 2026,
      direction: 'DECREASE',
    });
    activity = await createItem(
      graphql,
      'Activity',
      activityInput(plan.id, { name: 'Verzuimaanpak', executorOrganizationId: gemeente.id }),
    );
    idleActivity = await createItem(
      graphql,
      'Activity',
      activityInput(plan.id, { name: 'Losse activiteit' }),
    );
    await createItem(graphql, 'Contribution', {
      planId: plan.id,
      activityId: activity.id,
      societalResultId: servedResult.id,
      rationale: 'Vroeg signaleren van verzuim',
    });
    await createItem(graphql, 'QualityCheck', {
      planId: plan.id,
      activityId: activity.id,
      requirement: 'REPORTING_CODE',
      perspective: 'PROVIDER',
      status: 'MET',
    });
    await createItem(graphql, 'OutcomeMeasurement', {
      planId: plan.id,
      activityId: activity.id,
      period: '2024',
      goalRealisationPct: 71,
    });
    for (const point of ['TARGET_GROUP', 'GOALS', 'APPROACH']) {
      await createItem(graphql, 'InterventionChecklistItem', {
        planId: plan.id,
        activityId: idleActivity.id,
        point,
        status: 'UNCLEAR',
      });
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('follows a result to its indicators, figures, progress, activities, quality, outcomes and origin', async () => {
    const { data, errors } = await graphql(
      `
        query ($id: ID!) {
          societalResult(id: $id) {
            statement
            analyses {
              theme
              signals {
                title
              }
            }
            resultIndicators {
              indicator {
                name
              }
              measurements {
                period
                value
              }
              progress {
                latestPeriod
                latestValue
                progressPct
                onTrack
              }
            }
            contributions {
              rationale
              activity {
                name
                qualityChecks {
                  requirement
                  status
                }
                outcomeMeasurements {
                  period
                  goalRealisationPct
                }
              }
            }
          }
        }
      `,
      { id: servedResult.id },
    );

    expect(errors).toBeUndefined();
    expect(data).toEqual({
      societalResult: {
        statement: 'Alle kinderen gaan naar school',
        analyses: [{ theme: 'Verzuim', signals: [{ title: 'Meer thuiszitters' }] }],
        resultIndicators: [
          {
            indicator: { name: 'Absoluut verzuim' },
            measurements: [
              { period: '2021JJ00', value: 5.2 },
              { period: '2022JJ00', value: 4.8 },
              { period: '2023JJ00', value: 4.1 },
              { period: '2024JJ00', value: 3.9 },
            ],
            progress: {
              latestPeriod: '2024JJ00',
              latestValue: 3.9,
              progressPct: expect.closeTo(55, 5),
              onTrack: true,
            },
          },
        ],
        contributions: [
          {
            rationale: 'Vroeg signaleren van verzuim',
            activity: {
              name: 'Verzuimaanpak',
              qualityChecks: [{ requirement: 'REPORTING_CODE', status: 'MET' }],
              outcomeMeasurements: [{ period: '2024JJ00', goalRealisationPct: 71 }],
            },
          },
        ],
      },
    });
  });

  it('follows an activity back to the results it serves', async () => {
    const { data } = await graphql(
      'query ($id: ID!) { activity(id: $id) { name executor { id } societalResults { statement } } }',
      { id: activity.id },
    );

    expect(data).toEqual({
      activity: {
        name: 'Verzuimaanpak',
        executor: { id: gemeente.id },
        societalResults: [{ statement: 'Alle kinderen gaan naar school' }],
      },
    });
  });

  it('flags where the chain breaks', async () => {
    const { data } = await graphql<{ plan: { gaps: { kind: string; itemId: string }[] } }>(
      'query ($id: ID!) { plan(id: $id) { gaps { kind stage itemType itemId period } } }',
      { id: plan.id },
    );

    const gaps = data?.plan.gaps.map(({ kind, itemId }) => `${kind} ${itemId}`);
    expect(gaps).toEqual(
      expect.arrayContaining([
        `RESULT_WITHOUT_ACTIVITY ${orphanResult.id}`,
        `ACTIVITY_WITHOUT_RESULT ${idleActivity.id}`,
        `ACTIVITY_WITHOUT_RECENT_OUTCOME ${idleActivity.id}`,
        `CHECKLIST_DOUBTFUL_EFFECTIVENESS ${idleActivity.id}`,
        `ACTIVITY_WITHOUT_EVIDENCE ${activity.id}`,
      ]),
    );
    expect(gaps).not.toContain(`RESULT_WITHOUT_ACTIVITY ${servedResult.id}`);
    expect(gaps).not.toContain(`RESULT_INDICATOR_OFF_TRACK ${resultIndicator.id}`);
  });

  it('reports completeness per bouwsteen, in order, with reasons', async () => {
    const { data } = await graphql<{
      plan: {
        completeness: { stage: string; score: number; reasons: { code: string; met: boolean }[] }[];
      };
    }>(
      'query ($id: ID!) { plan(id: $id) { completeness { stage score reasons { code met count total weight } } } }',
      { id: plan.id },
    );

    const completeness = data?.plan.completeness ?? [];
    expect(completeness.map((stage) => stage.stage)).toEqual([
      'YOUTH_SITUATION',
      'SOCIETAL_RESULTS',
      'ACTIVITIES',
      'QUALITY',
      'OUTCOMES',
      'LEARNING',
    ]);
    for (const stage of completeness) {
      expect(stage.score).toBeGreaterThanOrEqual(0);
      expect(stage.score).toBeLessThanOrEqual(100);
      expect(stage.reasons.length).toBeGreaterThan(0);
    }
    expect(completeness.find((stage) => stage.stage === 'LEARNING')?.score).toBe(0);
    expect(completeness.find((stage) => stage.stage === 'YOUTH_SITUATION')?.score).toBeGreaterThan(
      50,
    );
  });

  it('shows the checklist doubt rule on the activity', async () => {
    const { data } = await graphql(
      'query ($id: ID!) { activity(id: $id) { checklist { unclearCount doubtfulEffectiveness items { point } } } }',
      { id: idleActivity.id },
    );

    expect(data).toMatchObject({
      activity: { checklist: { unclearCount: 3, doubtfulEffectiveness: true } },
    });
  });
});
