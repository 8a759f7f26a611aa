import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn } from '@oogo/api-access/testing';
import {
  browserSession,
  GraphqlRequest,
  startTestApi,
  TestApi,
  useTestDatabase,
} from '@oogo/api-core/testing';
import { PlanningModule } from '../planning.module';
import {
  activityInput,
  createItem,
  createOrganization,
  createPlan,
  indicatorInput,
  PlanRef,
  Ref,
} from '../testing/plan-factory';

// Every caller × every operation on plan items and plans, each with exactly one allowed outcome.

const database = useTestDatabase();

type Caller = 'ANONYMOUS' | 'NON_MEMBER' | 'VIEWER' | 'CONTRIBUTOR' | 'EDITOR' | 'COORDINATOR';
const CALLERS: Caller[] = [
  'ANONYMOUS',
  'NON_MEMBER',
  'VIEWER',
  'CONTRIBUTOR',
  'EDITOR',
  'COORDINATOR',
];

interface World {
  plan: PlanRef;
  /** The contributor's organisation. */
  partner: string;
  coordinator: GraphqlRequest;
  /** An item of `type`, made by the coordinator, for update/delete cases. */
  fresh(type: string): Promise<Ref>;
}

let counter = 0;
const unique = () => ++counter;

/** A valid create input per plan item type; links go to fresh parents so unique keys never clash. */
const createInputs: Record<string, (world: World) => Promise<Record<string, unknown>>> = {
  Indicator: async ({ plan }) => indicatorInput(plan.id),
  Measurement: async (world) => ({
    planId: world.plan.id,
    indicatorId: (await world.fresh('Indicator')).id,
    areaCode: 'GM0363',
    period: String(2000 + (unique() % 90)),
    value: 4.2,
  }),
  Signal: async ({ plan, partner }) => ({
    planId: plan.id,
    title: `Signaal ${unique()}`,
    organizationId: partner,
  }),
  Analysis: async ({ plan }) => ({ planId: plan.id, theme: `Thema ${unique()}` }),
  ReflectionAnswer: async (world) => ({
    planId: world.plan.id,
    analysisId: (await world.fresh('Analysis')).id,
    organizationId: world.partner,
    question: 'RECOGNISE',
    answer: 'Ja, dat herkennen wij.',
  }),
  SocietalResult: async ({ plan }) => ({ planId: plan.id, statement: `Resultaat ${unique()}` }),
  ResultIndicator: async (world) => ({
    planId: world.plan.id,
    societalResultId: (await world.fresh('SocietalResult')).id,
    indicatorId: (await world.fresh('Indicator')).id,
    baselineValue: 10,
    baselineYear: 2022,
    targetValue: 8,
    targetYear: 2027,
    direction: 'DECREASE',
  }),
  Activity: async ({ plan, partner }) =>
    activityInput(plan.id, { executorOrganizationId: partner }),
  LiteratureReference: async (world) => ({
    planId: world.plan.id,
    activityId: (await world.fresh('Activity')).id,
    citation: 'Bron (2024).',
  }),
  Contribution: async (world) => ({
    planId: world.plan.id,
    activityId: (await world.fresh('Activity')).id,
    societalResultId: (await world.fresh('SocietalResult')).id,
  }),
  ActivityAssessment: async (world) => ({
    planId: world.plan.id,
    activityId: (await world.fresh('Activity')).id,
    criterion: 'COHERENT',
  }),
  InterventionChecklistItem: async (world) => ({
    planId: world.plan.id,
    activityId: (await world.fresh('Activity')).id,
    point: 'GOALS',
    status: 'CLEAR',
  }),
  QualityCheck: async (world) => ({
    planId: world.plan.id,
    activityId: (await world.fresh('Activity')).id,
    requirement: 'REPORTING_CODE',
    perspective: 'PROVIDER',
  }),
  OutcomeMeasurement: async (world) => ({
    planId: world.plan.id,
    activityId: (await world.fresh('Activity')).id,
    period: '2024',
    goalRealisationPct: 50,
  }),
  LearningReview: async ({ plan }) => ({
    planId: plan.id,
    title: `Evaluatie ${unique()}`,
    heldOn: '2025-06-01',
  }),
  ImprovementAction: async ({ plan, partner }) => ({
    planId: plan.id,
    title: `Actie ${unique()}`,
    ownerOrganizationId: partner,
  }),
};

/** A harmless change per type for update cases. */
const changes: Record<string, Record<string, unknown>> = {
  Indicator: { description: 'x' },
  Measurement: { source: 'x' },
  Signal: { description: 'x' },
  Analysis: { summary: 'x' },
  ReflectionAnswer: { answer: 'Anders' },
  SocietalResult: { description: 'x' },
  ResultIndicator: { targetKind: 'NORM' },
  Activity: { description: 'x' },
  LiteratureReference: { citation: 'Andere bron' },
  Contribution: { rationale: 'x' },
  ActivityAssessment: { explanation: 'x' },
  InterventionChecklistItem: { explanation: 'x' },
  QualityCheck: { evidence: 'x' },
  OutcomeMeasurement: { note: 'x' },
  LearningReview: { summary: 'x' },
  ImprovementAction: { description: 'x' },
};

/** Types whose items belong to one organisation, which a contributor of it may edit. */
const OWNED_BY_ORGANIZATION = new Set([
  'Signal',
  'ReflectionAnswer',
  'Activity',
  'ImprovementAction',
]);

function expectedForItem(type: string, caller: Caller): string {
  switch (caller) {
    case 'ANONYMOUS':
      return 'UNAUTHENTICATED';
    case 'NON_MEMBER':
      return 'NOT_FOUND';
    case 'VIEWER':
      return 'FORBIDDEN';
    case 'CONTRIBUTOR':
      return OWNED_BY_ORGANIZATION.has(type) ? 'OK' : 'FORBIDDEN';
    default:
      return 'OK';
  }
}

const outcome = (response: { errors?: { extensions: Record<string, unknown> }[] }) =>
  String(response.errors?.[0]?.extensions['code'] ?? 'OK');

const itemCases = Object.keys(createInputs).flatMap((type) =>
  (['create', 'update', 'delete'] as const).flatMap((operation) =>
    CALLERS.map((caller) => ({ type, operation, caller, expected: expectedForItem(type, caller) })),
  ),
);

describe('access matrix', () => {
  let api: TestApi;
  let world: World;
  const sessions = {} as Record<Caller, GraphqlRequest>;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    const coordinator = await signIn(api.url, database.url);
    const partner = await createOrganization(coordinator.graphql, 'PARTNER');
    const plan = await createPlan(coordinator.graphql, [partner.id]);
    sessions.ANONYMOUS = browserSession(api.url).graphql;
    sessions.NON_MEMBER = (await signIn(api.url, database.url)).graphql;
    sessions.COORDINATOR = coordinator.graphql;
    for (const role of ['VIEWER', 'CONTRIBUTOR', 'EDITOR'] as const) {
      const member = await signIn(api.url, database.url);
      await joinPlan(database.url, plan.id, member.user.id, role, partner.id);
      sessions[role] = member.graphql;
    }
    world = {
      plan,
      partner: partner.id,
      coordinator: coordinator.graphql,
      fresh: async (type) =>
        createItem(
          coordinator.graphql,
          type,
          await (createInputs[type] as (w: World) => Promise<Record<string, unknown>>)(world),
        ),
    };
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each(itemCases)(
    '$operation $type as $caller: $expected',
    async ({ type, operation, caller, expected }) => {
      const graphql = sessions[caller];
      let response;
      if (operation === 'create') {
        const input = await (createInputs[type] as (w: World) => Promise<Record<string, unknown>>)(
          world,
        );
        response = await graphql(
          `mutation ($input: Create${type}Input!) { create${type}(input: $input) { id } }`,
          { input },
        );
      } else {
        const { id, version } = await world.fresh(type);
        response =
          operation === 'update'
            ? await graphql(
                `mutation ($input: Update${type}Input!) { update${type}(input: $input) { id } }`,
                {
                  input: { id, version, ...changes[type] },
                },
              )
            : await graphql(
                `mutation ($input: ItemVersionInput!) { delete${type}(input: $input) }`,
                { input: { id, version } },
              );
      }

      expect(outcome(response)).toBe(expected);
      if (expected !== 'OK') expect(response.data ?? null).toBeNull();
    },
  );

  const planCases: {
    name: string;
    allowed: Caller[];
    run: (
      graphql: GraphqlRequest,
    ) => Promise<{ errors?: { extensions: Record<string, unknown> }[] }>;
  }[] = [
    {
      name: 'read the plan',
      allowed: ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'COORDINATOR'],
      run: (graphql) =>
        graphql('query ($id: ID!) { plan(id: $id) { id gaps { kind } completeness { score } } }', {
          id: world.plan.id,
        }),
    },
    {
      name: 'read an activity',
      allowed: ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'COORDINATOR'],
      run: async (graphql) =>
        graphql('query ($id: ID!) { activity(id: $id) { id } }', {
          id: (await world.fresh('Activity')).id,
        }),
    },
    {
      name: 'read a result',
      allowed: ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'COORDINATOR'],
      run: async (graphql) =>
        graphql('query ($id: ID!) { societalResult(id: $id) { id } }', {
          id: (await world.fresh('SocietalResult')).id,
        }),
    },
    {
      name: 'read the audit trail',
      allowed: ['COORDINATOR'],
      run: (graphql) =>
        graphql('query ($id: ID!) { auditTrail(planId: $id) { nextCursor } }', {
          id: world.plan.id,
        }),
    },
    {
      name: 'change the plan',
      allowed: ['COORDINATOR'],
      run: async (graphql) => {
        const { data } = await world.coordinator<{ plan: { version: number } }>(
          'query ($id: ID!) { plan(id: $id) { version } }',
          {
            id: world.plan.id,
          },
        );
        return graphql('mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }', {
          input: {
            id: world.plan.id,
            version: data?.plan.version,
            description: `Versie ${unique()}`,
          },
        });
      },
    },
    {
      name: 'invite someone',
      allowed: ['COORDINATOR'],
      run: (graphql) =>
        graphql('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', {
          input: {
            planId: world.plan.id,
            organizationId: world.partner,
            email: `genodigde${unique()}@test.example`,
            role: 'VIEWER',
          },
        }),
    },
  ];

  const planMatrix = planCases.flatMap((planCase) =>
    CALLERS.map((caller) => ({
      ...planCase,
      caller,
      expected:
        caller === 'ANONYMOUS'
          ? 'UNAUTHENTICATED'
          : caller === 'NON_MEMBER'
            ? 'NOT_FOUND'
            : planCase.allowed.includes(caller)
              ? 'OK'
              : 'FORBIDDEN',
    })),
  );

  it.each(planMatrix)('$name as $caller: $expected', async ({ run, caller, expected }) => {
    expect(outcome(await run(sessions[caller]))).toBe(expected);
  });

  it(`covers ${itemCases.length + planMatrix.length} caller × operation cases`, () => {
    expect(itemCases.length).toBe(16 * 3 * 6);
    expect(planMatrix.length).toBe(6 * 6);
  });
});
