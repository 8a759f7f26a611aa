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

describe('writing plan items over GraphQL', () => {
  let api: TestApi;
  let graphql: GraphqlRequest;
  let gemeente: Ref;
  let plan: Ref;
  let otherPlan: Ref;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    ({ graphql } = await signIn(api.url, database.url));
    gemeente = await createOrganization(graphql, 'GEMEENTE');
    plan = await createPlan(graphql, [gemeente.id]);
    otherPlan = await createPlan(graphql);
  });

  afterAll(async () => {
    await api?.close();
  });

  const updateIndicator = (input: Record<string, unknown>) =>
    graphql<{ updateIndicator: { id: string; version: number; name: string } }>(
      'mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id version name } }',
      { input },
    );

  describe('create', () => {
    it('stores a measurement with its period normalised to the CBS code and its dates', async () => {
      const indicator = await createItem(graphql, 'Indicator', indicatorInput(plan.id));
      const measurement = await createItem(graphql, 'Measurement', {
        planId: plan.id,
        indicatorId: indicator.id,
        areaCode: 'GM0363',
        period: '2023',
        value: 12.5,
      });

      const { data } = await graphql<{ plan: { measurements: unknown[] } }>(
        'query ($id: ID!) { plan(id: $id) { measurements { id period periodStart periodEnd value version } } }',
        { id: plan.id },
      );
      expect(data?.plan.measurements).toEqual([
        {
          id: measurement.id,
          period: '2023JJ00',
          periodStart: '2023-01-01',
          periodEnd: '2023-12-31',
          value: 12.5,
          version: 1,
        },
      ]);
    });

    it('says NOT_FOUND for a plan that does not exist', async () => {
      const response = await graphql(
        'mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }',
        {
          input: indicatorInput('00000000-0000-4000-8000-000000000000'),
        },
      );

      expect(response.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
    });

    it.each([
      [
        'a period that does not exist',
        'Measurement',
        { areaCode: 'GM0363', period: '2023KW05', value: 1 },
        'period',
      ],
      [
        'an area that is not a gemeentecode',
        'Measurement',
        { areaCode: 'Amsterdam', period: '2023', value: 1 },
        'areaCode',
      ],
      [
        'a percentage above 100',
        'OutcomeMeasurement',
        { period: '2024', goalRealisationPct: 101 },
        'goalRealisationPct',
      ],
      ['an empty name', 'Indicator', { name: '   ', unit: '%', betterDirection: 'LOWER' }, 'name'],
      [
        'a name over 200 characters',
        'Indicator',
        { name: 'x'.repeat(201), unit: '%', betterDirection: 'LOWER' },
        'name',
      ],
      [
        'a malformed date',
        'LearningReview',
        { title: 'Evaluatie', heldOn: '31-12-2025' },
        'heldOn',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, type, fields, field) => {
      const indicator = await createItem(graphql, 'Indicator', indicatorInput(plan.id));
      const activity = await createItem(graphql, 'Activity', activityInput(plan.id));
      const input = { planId: plan.id, ...fields };
      if (type === 'Measurement') Object.assign(input, { indicatorId: indicator.id });
      if (type === 'OutcomeMeasurement') Object.assign(input, { activityId: activity.id });

      const response = await graphql(
        `mutation ($input: Create${type}Input!) { create${type}(input: $input) { id } }`,
        {
          input,
        },
      );

      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: { [field]: expect.any(Array) },
      });
    });

    it('refuses a link to an item of another plan, naming the field', async () => {
      const foreignIndicator = await createItem(graphql, 'Indicator', indicatorInput(otherPlan.id));

      const response = await graphql(
        'mutation ($input: CreateMeasurementInput!) { createMeasurement(input: $input) { id } }',
        {
          input: {
            planId: plan.id,
            indicatorId: foreignIndicator.id,
            areaCode: 'GM0363',
            period: '2024',
            value: 3,
          },
        },
      );

      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: { indicatorId: ['must refer to an item of the same plan'] },
      });
    });

    it('refuses a result indicator whose target goes the wrong way', async () => {
      const indicator = await createItem(graphql, 'Indicator', indicatorInput(plan.id));
      const result = await createItem(graphql, 'SocietalResult', {
        planId: plan.id,
        statement: 'Minder verzuim',
      });

      const response = await graphql(
        'mutation ($input: CreateResultIndicatorInput!) { createResultIndicator(input: $input) { id } }',
        {
          input: {
            planId: plan.id,
            societalResultId: result.id,
            indicatorId: indicator.id,
            baselineValue: 10,
            baselineYear: 2023,
            targetValue: 12,
            targetYear: 2028,
            direction: 'DECREASE',
          },
        },
      );

      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(response.errors?.[0]?.message).toContain('result_indicator_direction');
    });
  });

  describe('update', () => {
    it('changes only the given fields and bumps the version', async () => {
      const indicator = await createItem(
        graphql,
        'Indicator',
        indicatorInput(plan.id, { unit: 'per 1.000' }),
      );

      const response = await updateIndicator({
        id: indicator.id,
        version: 1,
        name: 'Absoluut verzuim',
      });

      expect(response.data?.updateIndicator).toEqual({
        id: indicator.id,
        version: 2,
        name: 'Absoluut verzuim',
      });
    });

    it('refuses a stale version with CONFLICT and the current item, saving nothing', async () => {
      const indicator = await createItem(graphql, 'Indicator', indicatorInput(plan.id));
      await updateIndicator({ id: indicator.id, version: 1, name: 'Eerste wijziging' });

      const response = await updateIndicator({
        id: indicator.id,
        version: 1,
        name: 'Tweede wijziging',
      });

      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        entity: 'Indicator',
        current: { id: indicator.id, version: 2, name: 'Eerste wijziging' },
        changedBy: { displayName: expect.any(String), at: expect.any(String) },
      });
    });

    it('lets exactly one of 20 concurrent writers with the same version win; the rest get CONFLICT', async () => {
      const indicator = await createItem(graphql, 'Indicator', indicatorInput(plan.id));

      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, writer) =>
          updateIndicator({ id: indicator.id, version: 1, name: `Schrijver ${writer}` }),
        ),
      );

      const winners = responses.filter((response) => response.data?.updateIndicator);
      const conflicts = responses.filter(
        (response) => response.errors?.[0]?.extensions['code'] === 'CONFLICT',
      );
      expect(winners).toHaveLength(1);
      expect(conflicts).toHaveLength(19);
      const { data } = await graphql<{
        plan: { indicators: { id: string; name: string; version: number }[] };
      }>('query ($id: ID!) { plan(id: $id) { indicators { id name version } } }', { id: plan.id });
      expect(data?.plan.indicators.find((item) => item.id === indicator.id)).toEqual({
        id: indicator.id,
        name: winners[0]?.data?.updateIndicator.name,
        version: 2,
      });
    });

    it('says NOT_FOUND for an item that does not exist', async () => {
      const response = await updateIndicator({
        id: '00000000-0000-4000-8000-000000000000',
        version: 1,
        name: 'x',
      });

      expect(response.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
    });

    it('refuses null for a field that must have a value', async () => {
      const indicator = await createItem(graphql, 'Indicator', indicatorInput(plan.id));

      const response = await updateIndicator({ id: indicator.id, version: 1, unit: null });

      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: { unit: expect.any(Array) },
      });
    });

    it('replaces the links of an analysis, within the plan only', async () => {
      const first = await createItem(graphql, 'Indicator', indicatorInput(plan.id));
      const second = await createItem(graphql, 'Indicator', indicatorInput(plan.id));
      const foreign = await createItem(graphql, 'Indicator', indicatorInput(otherPlan.id));
      const analysis = await createItem(graphql, 'Analysis', {
        planId: plan.id,
        theme: 'Verzuim',
        indicatorIds: [first.id],
      });
      const update = (indicatorIds: string[], version: number) =>
        graphql<{ updateAnalysis: { version: number; indicators: { id: string }[] } }>(
          'mutation ($input: UpdateAnalysisInput!) { updateAnalysis(input: $input) { version indicators { id } } }',
          { input: { id: analysis.id, version, indicatorIds } },
        );

      const moved = await update([second.id], 1);
      const refused = await update([second.id, foreign.id], 2);

      expect(moved.data?.updateAnalysis).toEqual({ version: 2, indicators: [{ id: second.id }] });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: { indicatorIds: ['must refer to an item of the same plan'] },
      });
      const { data } = await graphql<{
        plan: { analyses: { id: string; version: number; indicators: { id: string }[] }[] };
      }>('query ($id: ID!) { plan(id: $id) { analyses { id version indicators { id } } } }', {
        id: plan.id,
      });
      expect(data?.plan.analyses.find((item) => item.id === analysis.id)).toEqual({
        id: analysis.id,
        version: 2,
        indicators: [{ id: second.id }],
      });
    });

    it('keeps a participant that still carries out an activity', async () => {
      const partner = await createOrganization(graphql, 'PARTNER');
      const ownPlan = await createPlan(graphql, [partner.id]);
      await createItem(
        graphql,
        'Activity',
        activityInput(ownPlan.id, { executorOrganizationId: partner.id }),
      );

      const response = await graphql(
        'mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }',
        {
          input: {
            id: ownPlan.id,
            version: ownPlan.version,
            participantIds: [ownPlan.organizationId],
          },
        },
      );

      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: { participantIds: ['still used by activity'] },
      });
      const { data } = await graphql<{
        plan: { version: number; participants: { id: string }[] };
      }>('query ($id: ID!) { plan(id: $id) { version participants { id } } }', { id: ownPlan.id });
      expect(data?.plan.version).toBe(1);
      expect(data?.plan.participants.map(({ id }) => id).sort()).toEqual(
        [partner.id, ownPlan.organizationId].sort(),
      );
    });
  });

  describe('delete', () => {
    const deleteItem = (type: string, { id, version }: Ref) =>
      graphql(`mutation ($input: ItemVersionInput!) { delete${type}(input: $input) }`, {
        input: { id, version },
      });

    it('removes an indicator with its measurements and effect indicators', async () => {
      const indicator = await createItem(graphql, 'Indicator', indicatorInput(plan.id));
      const result = await createItem(graphql, 'SocietalResult', {
        planId: plan.id,
        statement: 'Gezonde jeugd',
      });
      await createItem(graphql, 'Measurement', {
        planId: plan.id,
        indicatorId: indicator.id,
        areaCode: 'GM0363',
        period: '2022',
        value: 1,
      });
      await createItem(graphql, 'ResultIndicator', {
        planId: plan.id,
        societalResultId: result.id,
        indicatorId: indicator.id,
        baselineValue: 10,
        baselineYear: 2022,
        targetValue: 8,
        targetYear: 2027,
        direction: 'DECREASE',
      });

      const response = await deleteItem('Indicator', indicator);

      expect(response.data).toEqual({ deleteIndicator: indicator.id });
      const { data } = await graphql<{
        societalResult: { resultIndicators: unknown[] };
        plan: { measurements: { indicatorId: string }[] };
      }>(
        'query ($plan: ID!, $result: ID!) { societalResult(id: $result) { resultIndicators { id } } plan(id: $plan) { measurements { indicatorId } } }',
        { plan: plan.id, result: result.id },
      );
      expect(data?.societalResult.resultIndicators).toEqual([]);
      expect(data?.plan.measurements.filter((row) => row.indicatorId === indicator.id)).toEqual([]);
    });

    it('refuses to delete an item changed since the user saw it', async () => {
      const indicator = await createItem(graphql, 'Indicator', indicatorInput(plan.id));
      await updateIndicator({ id: indicator.id, version: 1, name: 'Intussen gewijzigd' });

      const response = await deleteItem('Indicator', indicator);

      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { name: 'Intussen gewijzigd' },
      });
    });

    it('keeps an improvement action when the activity it pointed at is deleted', async () => {
      const activity = await createItem(graphql, 'Activity', activityInput(plan.id));
      const action = await createItem(graphql, 'ImprovementAction', {
        planId: plan.id,
        title: 'Bijsturen',
        activityId: activity.id,
      });

      await deleteItem('Activity', activity);

      const { data } = await graphql<{
        plan: { improvementActions: { id: string; activityId: string | null }[] };
      }>('query ($id: ID!) { plan(id: $id) { improvementActions { id activityId } } }', {
        id: plan.id,
      });
      expect(data?.plan.improvementActions).toContainEqual({ id: action.id, activityId: null });
    });

    it('removes a whole plan with everything in it', async () => {
      const doomed = await createPlan(graphql, [gemeente.id]);
      const activity = await createItem(
        graphql,
        'Activity',
        activityInput(doomed.id, { executorOrganizationId: gemeente.id }),
      );

      await deleteItem('Plan', doomed);

      expect(
        (await graphql('query ($id: ID!) { plan(id: $id) { id } }', { id: doomed.id })).errors?.[0]
          ?.extensions['code'],
      ).toBe('NOT_FOUND');
      expect(
        (await graphql('query ($id: ID!) { activity(id: $id) { id } }', { id: activity.id }))
          .errors?.[0]?.extensions['code'],
      ).toBe('NOT_FOUND');
    });
  });
});
