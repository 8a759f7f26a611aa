import { AccessModule } from '@oogo/api-access';
import { createUser, signIn, SignedIn } from '@oogo/api-access/testing';
import { browserSession, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { PlanningModule } from '../planning.module';
import { createOrganization, Ref } from '../testing/plan-factory';

const database = useTestDatabase();

const PEOPLE = 'query ($id: ID!) { organizationPeople(organizationId: $id) { email isAdmin } }';
const ADD =
  'mutation ($input: AddOrganizationPersonInput!) { addOrganizationPerson(input: $input) { email isAdmin } }';
const REMOVE =
  'mutation ($input: RemoveOrganizationPersonInput!) { removeOrganizationPerson(input: $input) { email } }';

describe("an organisation's people", () => {
  let api: TestApi;
  let admin: SignedIn;
  let organization: Ref;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    admin = await signIn(api.url, database.url);
    organization = await createOrganization(admin.graphql, 'SCHOOLBESTUUR');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('are managed by its admins only, and it keeps at least one admin', async () => {
    const colleague = await signIn(api.url, database.url, await createUser(database.url));

    expect((await admin.graphql(PEOPLE, { id: organization.id })).data).toEqual({
      organizationPeople: [{ email: admin.user.email, isAdmin: true }],
    });
    expect(
      (await colleague.graphql(PEOPLE, { id: organization.id })).errors?.[0]?.extensions['code'],
    ).toBe('FORBIDDEN');
    expect(
      (await browserSession(api.url).graphql(PEOPLE, { id: organization.id })).errors?.[0]
        ?.extensions['code'],
    ).toBe('UNAUTHENTICATED');

    const added = await admin.graphql(ADD, {
      input: { organizationId: organization.id, email: colleague.user.email },
    });
    expect(added.errors).toBeUndefined();
    const lastAdmin = await admin.graphql(REMOVE, {
      input: { organizationId: organization.id, userId: admin.user.id },
    });
    expect(lastAdmin.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { userId: expect.any(Array) },
    });

    await admin.graphql(ADD, {
      input: { organizationId: organization.id, email: colleague.user.email, isAdmin: true },
    });
    const handedOver = await colleague.graphql(REMOVE, {
      input: { organizationId: organization.id, userId: admin.user.id },
    });
    expect(handedOver.data).toEqual({
      removeOrganizationPerson: [{ email: colleague.user.email }],
    });
  });

  it('can only add people who have an account', async () => {
    const own = await createOrganization(admin.graphql, 'PARTNER');

    const response = await admin.graphql(ADD, {
      input: { organizationId: own.id, email: 'onbekend@test.example' },
    });

    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { email: ['no account'] },
    });
  });
});
