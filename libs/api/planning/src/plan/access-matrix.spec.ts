import { Logger } from '@nestjs/common';
import { AccessModule } from '@oogo/api-access';
import { createUser, joinPlan, signIn, TestUser } from '@oogo/api-access/testing';
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
  /** Each signed-in caller's account (the anonymous caller has none). */
  const accounts = {} as Record<Exclude<Caller, 'ANONYMOUS'>, TestUser>;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    const coordinator = await signIn(api.url, database.url);
    const partner = await createOrganization(coordinator.graphql, 'PARTNER');
    const plan = await createPlan(coordinator.graphql, [partner.id]);
    sessions.ANONYMOUS = browserSession(api.url).graphql;
    const nonMember = await signIn(api.url, database.url);
    sessions.NON_MEMBER = nonMember.graphql;
    accounts.NON_MEMBER = nonMember.user;
    sessions.COORDINATOR = coordinator.graphql;
    accounts.COORDINATOR = coordinator.user;
    for (const role of ['VIEWER', 'CONTRIBUTOR', 'EDITOR'] as const) {
      const member = await signIn(api.url, database.url);
      await joinPlan(database.url, plan.id, member.user.id, role, partner.id);
      sessions[role] = member.graphql;
      accounts[role] = member.user;
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
    {
      name: 'change the plan status',
      allowed: ['COORDINATOR'],
      run: async (graphql) => {
        const { data } = await world.coordinator<{ plan: { version: number; status: string } }>(
          'query ($id: ID!) { plan(id: $id) { version status } }',
          { id: world.plan.id },
        );
        return graphql(
          'mutation ($input: ChangePlanStatusInput!) { changePlanStatus(input: $input) { id } }',
          {
            input: {
              planId: world.plan.id,
              version: data?.plan.version,
              status: data?.plan.status === 'DRAFT' ? 'IN_CONSULTATION' : 'DRAFT',
            },
          },
        );
      },
    },
    {
      // For the coordinator's gemeente: the others act for the partner (or may not decide).
      name: "record the coordinator's organisation's approval",
      allowed: ['COORDINATOR'],
      run: async (graphql) => {
        const fresh = await planInConsultation();
        return graphql(
          'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
          { input: { planId: fresh.id, organizationId: fresh.organizationId, decision: 'AGREE' } },
        );
      },
    },
    {
      name: 'adopt the plan',
      allowed: ['COORDINATOR'],
      run: async (graphql) => {
        const fresh = await planInConsultation();
        await world.coordinator(
          'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
          { input: { planId: fresh.id, organizationId: fresh.organizationId, decision: 'AGREE' } },
        );
        return graphql(
          'mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { plan { id } } }',
          { input: { planId: fresh.id, version: fresh.version + 1 } },
        );
      },
    },
    {
      name: 'list the members',
      allowed: ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'COORDINATOR'],
      run: (graphql) =>
        graphql('query ($id: ID!) { plan(id: $id) { members { userId email role } } }', {
          id: world.plan.id,
        }),
    },
    {
      name: 'list the pending invitations',
      allowed: ['COORDINATOR'],
      run: (graphql) =>
        graphql('query ($id: ID!) { plan(id: $id) { invitations { id email } } }', {
          id: world.plan.id,
        }),
    },
    {
      name: "change a member's role",
      allowed: ['COORDINATOR'],
      run: async (graphql) =>
        graphql(
          'mutation ($input: ChangePlanMemberRoleInput!) { changePlanMemberRole(input: $input) { role } }',
          { input: { planId: world.plan.id, userId: await extraMember(), role: 'EDITOR' } },
        ),
    },
    {
      name: 'remove a member',
      allowed: ['COORDINATOR'],
      run: async (graphql) =>
        graphql('mutation ($input: RemovePlanMemberInput!) { removePlanMember(input: $input) }', {
          input: { planId: world.plan.id, userId: await extraMember() },
        }),
    },
    {
      name: 'revoke an invitation',
      allowed: ['COORDINATOR'],
      run: async (graphql) => {
        const { data } = await world.coordinator<{ inviteMember: { id: string } }>(
          'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
          {
            input: {
              planId: world.plan.id,
              organizationId: world.partner,
              email: `ingetrokken${unique()}@test.example`,
              role: 'VIEWER',
            },
          },
        );
        return graphql(
          'mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) }',
          { input: { id: data?.inviteMember.id } },
        );
      },
    },
    {
      name: 'list the adopted versions',
      allowed: ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'COORDINATOR'],
      run: (graphql) =>
        graphql('query ($id: ID!) { planSnapshots(planId: $id) { id } }', { id: world.plan.id }),
    },
    {
      name: 'read an adopted version',
      allowed: ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'COORDINATOR'],
      run: async (graphql) => {
        const { planId, snapshotId } = await adoptedPlan();
        return graphql(
          'query ($planId: ID!, $id: ID!) { planSnapshot(planId: $planId, id: $id) { graph } }',
          { planId, id: snapshotId },
        );
      },
    },
    {
      name: 'compare versions',
      allowed: ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'COORDINATOR'],
      run: async (graphql) => {
        const { planId, snapshotId } = await adoptedPlan();
        return graphql(
          'query ($planId: ID!, $from: ID!) { comparePlanVersions(planId: $planId, from: $from) { planChangedFields } }',
          { planId, from: snapshotId },
        );
      },
    },
  ];

  /** Someone new in the shared plan, as a VIEWER for the partner, for role changes and removal. */
  async function extraMember(): Promise<string> {
    const person = await createUser(database.url);
    await joinPlan(database.url, world.plan.id, person.id, 'VIEWER', world.partner);
    return person.id;
  }

  /** A new plan, with every caller in it, put in consultation by its coordinator. */
  async function planInConsultation(): Promise<PlanRef> {
    const fresh = await disposablePlan();
    const response = await world.coordinator(
      'mutation ($input: ChangePlanStatusInput!) { changePlanStatus(input: $input) { id } }',
      { input: { planId: fresh.id, version: fresh.version, status: 'IN_CONSULTATION' } },
    );
    expect(response.errors).toBeUndefined();
    return fresh;
  }

  let adopted: Promise<{ planId: string; snapshotId: string }> | undefined;
  /** One plan with an adopted version, made once, with every caller in it. */
  function adoptedPlan(): Promise<{ planId: string; snapshotId: string }> {
    adopted ??= (async () => {
      const fresh = await planInConsultation();
      await world.coordinator(
        'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
        { input: { planId: fresh.id, organizationId: fresh.organizationId, decision: 'AGREE' } },
      );
      const { data } = await world.coordinator<{ adoptPlan: { snapshot: { id: string } } }>(
        'mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { snapshot { id } } }',
        { input: { planId: fresh.id, version: fresh.version + 1 } },
      );
      return { planId: fresh.id, snapshotId: data?.adoptPlan.snapshot.id as string };
    })();
    return adopted;
  }

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

  // Operations outside one plan: accounts, organisations, plan lists. The coordinator made
  // (so administers) every organisation used here; plan roles give no say over organisations.
  const anyone = () => 'OK';
  const signedIn = (caller: Caller) => (caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'OK');
  const organizationAdmin = (caller: Caller) =>
    caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : caller === 'COORDINATOR' ? 'OK' : 'FORBIDDEN';
  const planCoordinator = (caller: Caller) =>
    caller === 'ANONYMOUS'
      ? 'UNAUTHENTICATED'
      : caller === 'NON_MEMBER'
        ? 'NOT_FOUND'
        : caller === 'COORDINATOR'
          ? 'OK'
          : 'FORBIDDEN';

  /** A new plan with every caller in the same role as in the shared one, to be used up. */
  async function disposablePlan(): Promise<PlanRef> {
    const fresh = await createPlan(world.coordinator, [world.partner]);
    for (const role of ['VIEWER', 'CONTRIBUTOR', 'EDITOR'] as const) {
      await joinPlan(database.url, fresh.id, accounts[role].id, role, world.partner);
    }
    return fresh;
  }

  /** A session of its own for the caller, so signing in or out leaves the shared one alone. */
  async function ownSession(caller: Caller): Promise<GraphqlRequest> {
    return caller === 'ANONYMOUS'
      ? browserSession(api.url).graphql
      : (await signIn(api.url, database.url, accounts[caller])).graphql;
  }

  const accountCases: {
    name: string;
    expected: (caller: Caller) => string;
    run: (caller: Caller) => Promise<{ errors?: { extensions: Record<string, unknown> }[] }>;
  }[] = [
    { name: 'check health', expected: anyone, run: (c) => sessions[c]('{ health { status } }') },
    {
      name: 'ask who is signed in',
      expected: anyone,
      run: (c) => sessions[c]('{ viewer { id } }'),
    },
    {
      name: 'sign in',
      expected: anyone,
      run: async (caller) => {
        const account = caller === 'ANONYMOUS' ? await createUser(database.url) : accounts[caller];
        return browserSession(api.url).graphql(
          'mutation ($input: LoginInput!) { login(input: $input) { id } }',
          { input: { email: account.email, password: account.password } },
        );
      },
    },
    {
      name: 'sign out',
      expected: anyone,
      run: async (caller) => (await ownSession(caller))('mutation { logout }'),
    },
    {
      name: 'accept an invitation',
      expected: anyone,
      run: async (caller) => {
        const fresh = await createPlan(world.coordinator, [world.partner]);
        const email =
          caller === 'ANONYMOUS' ? `nieuw${unique()}@test.example` : accounts[caller].email;
        const { token } = await inviteWithLink(fresh.id, email);
        // A new account is signed in at once: keep that out of the shared anonymous session.
        const graphql = caller === 'ANONYMOUS' ? browserSession(api.url).graphql : sessions[caller];
        return graphql(
          'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }',
          {
            input:
              caller === 'ANONYMOUS'
                ? { token, displayName: 'Nieuw', password: 'een-lang-wachtwoord' }
                : { token },
          },
        );
      },
    },
    { name: 'list my plans', expected: signedIn, run: (c) => sessions[c]('{ plans { id } }') },
    {
      name: 'list organisations',
      expected: signedIn,
      run: (c) => sessions[c]('{ organizations { id } }'),
    },
    {
      name: 'start a plan',
      expected: signedIn,
      run: (caller) =>
        sessions[caller](
          'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
          {
            input: {
              title: `Plan ${unique()}`,
              region: 'Regio',
              periodStartYear: 2025,
              periodEndYear: 2026,
              participantIds: [],
              organizationId: world.partner,
            },
          },
        ),
    },
    {
      name: 'delete a plan',
      expected: planCoordinator,
      run: async (caller) => {
        const fresh = await disposablePlan();
        return sessions[caller](
          'mutation ($input: ItemVersionInput!) { deletePlan(input: $input) }',
          { input: { id: fresh.id, version: fresh.version } },
        );
      },
    },
    {
      name: 'register an organisation',
      expected: signedIn,
      run: (caller) =>
        sessions[caller](
          'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
          { input: { kind: 'PARTNER', name: `Partner ${unique()}` } },
        ),
    },
    {
      name: 'rename an organisation',
      expected: organizationAdmin,
      run: async (caller) => {
        const organization = await createOrganization(world.coordinator, 'PARTNER');
        return sessions[caller](
          'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }',
          { input: { ...organization, name: `Nieuwe naam ${unique()}` } },
        );
      },
    },
    {
      name: 'delete an organisation',
      expected: organizationAdmin,
      run: async (caller) => {
        const organization = await createOrganization(world.coordinator, 'PARTNER');
        return sessions[caller](
          'mutation ($input: ItemVersionInput!) { deleteOrganization(input: $input) }',
          { input: organization },
        );
      },
    },
    {
      name: "list an organisation's people",
      expected: organizationAdmin,
      run: (caller) =>
        sessions[caller](
          'query ($id: ID!) { organizationPeople(organizationId: $id) { userId } }',
          {
            id: world.partner,
          },
        ),
    },
    {
      name: 'add a person to an organisation',
      expected: organizationAdmin,
      run: async (caller) =>
        sessions[caller](
          'mutation ($input: AddOrganizationPersonInput!) { addOrganizationPerson(input: $input) { userId } }',
          {
            input: { organizationId: world.partner, email: (await createUser(database.url)).email },
          },
        ),
    },
    {
      name: 'remove a person from an organisation',
      expected: organizationAdmin,
      run: async (caller) => {
        const person = await createUser(database.url);
        await world.coordinator(
          'mutation ($input: AddOrganizationPersonInput!) { addOrganizationPerson(input: $input) { userId } }',
          { input: { organizationId: world.partner, email: person.email } },
        );
        return sessions[caller](
          'mutation ($input: RemoveOrganizationPersonInput!) { removeOrganizationPerson(input: $input) { userId } }',
          { input: { organizationId: world.partner, userId: person.id } },
        );
      },
    },
  ];

  /** Invites by e-mail and reads the link from the log, as a coordinator without mail would. */
  async function inviteWithLink(planId: string, email: string): Promise<{ token: string }> {
    const logged: string[] = [];
    const spy = jest
      .spyOn(Logger.prototype, 'log')
      .mockImplementation((message: unknown) => void logged.push(String(message)));
    try {
      const response = await world.coordinator(
        'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
        { input: { planId, organizationId: world.partner, email, role: 'VIEWER' } },
      );
      expect(response.errors).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    const token = /\/uitnodiging\/([\w-]+)$/m.exec(logged.join('\n'))?.[1];
    if (!token) throw new Error(`No invitation link logged for ${email}`);
    return { token };
  }

  const accountMatrix = accountCases.flatMap((accountCase) =>
    CALLERS.map((caller) => ({ ...accountCase, caller, outcome: accountCase.expected(caller) })),
  );

  it.each(accountMatrix)(
    '$name as $caller: $outcome',
    async ({ run, caller, outcome: expected }) => {
      const response = await run(caller);
      expect(outcome(response)).toBe(expected);
      if (expected !== 'OK') expect((response as { data?: unknown }).data ?? null).toBeNull();
    },
  );

  it('shows no one a plan they are not in', async () => {
    const { data } = await sessions.NON_MEMBER<{ plans: { id: string }[] }>('{ plans { id } }');
    expect(data?.plans.map((plan) => plan.id)).not.toContain(world.plan.id);
  });

  it(`covers ${itemCases.length + planMatrix.length + accountMatrix.length} caller × operation cases`, () => {
    expect(itemCases.length).toBe(16 * 3 * 6);
    expect(planMatrix.length).toBe(17 * 6);
    expect(accountMatrix.length).toBe(15 * 6);
  });
});
