import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import { browserSession, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { PlanRole } from '@oogo/shared-domain';
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

const database = useTestDatabase();

const codeOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions['code'] ?? 'OK';

describe('who may do what in a plan', () => {
  let api: TestApi;
  let coordinator: SignedIn;
  let plan: PlanRef;
  let partner: Ref;
  let partnerActivity: Ref;
  let otherActivity: Ref;
  const as: Partial<Record<PlanRole | 'NON_MEMBER', SignedIn>> = {};

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    coordinator = await signIn(api.url, database.url);
    partner = await createOrganization(coordinator.graphql, 'PARTNER');
    plan = await createPlan(coordinator.graphql, [partner.id]);
    partnerActivity = await createItem(
      coordinator.graphql,
      'Activity',
      activityInput(plan.id, { executorOrganizationId: partner.id }),
    );
    otherActivity = await createItem(
      coordinator.graphql,
      'Activity',
      activityInput(plan.id, { executorOrganizationId: plan.organizationId }),
    );
    for (const role of ['EDITOR', 'CONTRIBUTOR', 'VIEWER'] as const) {
      as[role] = await signIn(api.url, database.url);
      await joinPlan(database.url, plan.id, (as[role] as SignedIn).user.id, role, partner.id);
    }
    as.COORDINATOR = coordinator;
    as.NON_MEMBER = await signIn(api.url, database.url);
  });

  afterAll(async () => {
    await api?.close();
  });

  const readPlan = (session: { graphql: SignedIn['graphql'] }) =>
    session.graphql('query ($id: ID!) { plan(id: $id) { id activities { id } } }', { id: plan.id });
  const addIndicator = (session: { graphql: SignedIn['graphql'] }) =>
    session.graphql(
      'mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }',
      {
        input: indicatorInput(plan.id),
      },
    );
  const addActivityFor = (session: { graphql: SignedIn['graphql'] }, organizationId: string) =>
    session.graphql(
      'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      {
        input: activityInput(plan.id, { executorOrganizationId: organizationId }),
      },
    );
  const renameActivity = (session: { graphql: SignedIn['graphql'] }, activity: Ref) =>
    session.graphql(
      'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
      {
        input: { id: activity.id, version: 1, description: 'Bijgewerkt' },
      },
    );
  const renamePlan = (session: { graphql: SignedIn['graphql'] }) =>
    session.graphql('mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }', {
      input: { id: plan.id, version: plan.version, description: 'Bijgewerkt' },
    });

  const anonymous = () => ({ graphql: browserSession(api.url).graphql });
  const session = (who: PlanRole | 'NON_MEMBER') => as[who] as SignedIn;

  it.each([
    ['ANONYMOUS', 'UNAUTHENTICATED'],
    ['NON_MEMBER', 'NOT_FOUND'],
    ['VIEWER', 'OK'],
    ['CONTRIBUTOR', 'OK'],
    ['EDITOR', 'OK'],
    ['COORDINATOR', 'OK'],
  ] as const)('reading the plan as %s: %s', async (who, outcome) => {
    expect(codeOf(await readPlan(who === 'ANONYMOUS' ? anonymous() : session(who)))).toBe(outcome);
  });

  it.each([
    ['ANONYMOUS', 'UNAUTHENTICATED'],
    ['NON_MEMBER', 'NOT_FOUND'],
    ['VIEWER', 'FORBIDDEN'],
    ['CONTRIBUTOR', 'FORBIDDEN'],
    ['EDITOR', 'OK'],
    ['COORDINATOR', 'OK'],
  ] as const)('adding an indicator as %s: %s', async (who, outcome) => {
    expect(codeOf(await addIndicator(who === 'ANONYMOUS' ? anonymous() : session(who)))).toBe(
      outcome,
    );
  });

  it('lets a contributor add and change only activities of its own organisation', async () => {
    const contributor = session('CONTRIBUTOR');

    expect(codeOf(await addActivityFor(contributor, partner.id))).toBe('OK');
    expect(codeOf(await addActivityFor(contributor, plan.organizationId))).toBe('FORBIDDEN');
    expect(codeOf(await renameActivity(contributor, otherActivity))).toBe('FORBIDDEN');
    expect(codeOf(await renameActivity(contributor, partnerActivity))).toBe('OK');
  });

  it.each([
    ['VIEWER', 'FORBIDDEN'],
    ['EDITOR', 'FORBIDDEN'],
    ['NON_MEMBER', 'NOT_FOUND'],
  ] as const)('changing the plan itself as %s: %s', async (who, outcome) => {
    expect(codeOf(await renamePlan(session(who)))).toBe(outcome);
  });

  it('lets the coordinator change the plan', async () => {
    expect(codeOf(await renamePlan(coordinator))).toBe('OK');
  });

  it('never shows a plan, or an item in it, to a non-member', async () => {
    const outsider = session('NON_MEMBER');

    expect(
      codeOf(
        await outsider.graphql('query ($id: ID!) { activity(id: $id) { id } }', {
          id: otherActivity.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect((await outsider.graphql('{ plans { id } }')).data).toEqual({ plans: [] });
    expect(codeOf(await renameActivity(outsider, otherActivity))).toBe('NOT_FOUND');
  });

  it('does not let a member of one plan link into another plan', async () => {
    const ownPlan = await createPlan(session('NON_MEMBER').graphql);
    const result = await createItem(session('NON_MEMBER').graphql, 'SocietalResult', {
      planId: ownPlan.id,
      statement: 'Eigen resultaat',
    });

    const response = await session('NON_MEMBER').graphql(
      'mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id activity { name } } }',
      { input: { planId: ownPlan.id, activityId: otherActivity.id, societalResultId: result.id } },
    );

    expect(response.data ?? null).toBeNull();
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('lists only the plans someone takes part in', async () => {
    const { data } = await session('VIEWER').graphql<{ plans: { id: string }[] }>(
      '{ plans { id } }',
    );

    expect(data?.plans).toEqual([{ id: plan.id }]);
  });
});
