import { Logger } from '@nestjs/common';
import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import {
  browserSession,
  countStatements,
  GraphqlResponse,
  startTestApi,
  TestApi,
  useTestDatabase,
} from '@oogo/api-core/testing';
import { Client } from 'pg';
import { PlanningModule } from '../planning.module';
import {
  activityInput,
  createOrganization,
  createPlan,
  PlanRef,
  Ref,
} from '../testing/plan-factory';

const database = useTestDatabase();

const MEMBERS = `query ($id: ID!) {
  plan(id: $id) { members { id planId userId displayName email role since organization { id name kind } } }
}`;
const INVITATIONS = `query ($id: ID!) {
  plan(id: $id) { invitations { id planId email role invitedAt invitedByName expiresAt organization { id name kind } } }
}`;
const CHANGE_ROLE = `mutation ($input: ChangePlanMemberRoleInput!) {
  changePlanMemberRole(input: $input) { id userId displayName email role organization { id } }
}`;
const REMOVE = 'mutation ($input: RemovePlanMemberInput!) { removePlanMember(input: $input) }';
const REVOKE = 'mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) }';
const INVITE = 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const ACCEPT =
  'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }';
const TRAIL = `query ($planId: ID!) {
  auditTrail(planId: $planId, first: 5) { events { entity entityId action userName changes { field before after } } }
}`;

type Role = 'COORDINATOR' | 'EDITOR' | 'CONTRIBUTOR' | 'VIEWER';

interface Member {
  id: string;
  userId: string;
  displayName: string;
  email: string | null;
  role: Role;
  since: string;
  organization: { id: string; name?: string; kind?: string };
}

interface Invitation {
  id: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  organization: { id: string; name: string; kind: string };
}

const codeOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions['code'];

async function sql<Row = Record<string, unknown>>(query: string, values: unknown[] = []) {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  return (await client.query(query, values).finally(() => client.end())).rows as Row[];
}

describe('the members of a plan', () => {
  let api: TestApi;
  let partner: Ref;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** A plan with a coordinator (its own gemeente) and an editor, contributor and viewer (a partner). */
  async function team(): Promise<{ plan: PlanRef } & Record<Role, SignedIn>> {
    const coordinator = await signIn(api.url, database.url);
    partner = await createOrganization(coordinator.graphql, 'PARTNER');
    const plan = await createPlan(coordinator.graphql, [partner.id]);
    const [editor, contributor, viewer] = await Promise.all(
      [1, 2, 3].map(() => signIn(api.url, database.url)),
    );
    await joinPlan(database.url, plan.id, editor.user.id, 'EDITOR', partner.id);
    await joinPlan(database.url, plan.id, contributor.user.id, 'CONTRIBUTOR', partner.id);
    await joinPlan(database.url, plan.id, viewer.user.id, 'VIEWER', partner.id);
    return {
      plan,
      COORDINATOR: coordinator,
      EDITOR: editor,
      CONTRIBUTOR: contributor,
      VIEWER: viewer,
    };
  }

  async function membersSeenBy(person: SignedIn, planId: string): Promise<Member[]> {
    const response = await person.graphql<{ plan: { members: Member[] } }>(MEMBERS, {
      id: planId,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.plan.members;
  }

  /** Invites by e-mail as the coordinator and reads the link from the log (no mail server). */
  async function invite(
    coordinator: SignedIn,
    planId: string,
    email: string,
    role: Role = 'VIEWER',
  ): Promise<{ id: string; token: string }> {
    const logged: string[] = [];
    const spy = jest
      .spyOn(Logger.prototype, 'log')
      .mockImplementation((message: unknown) => void logged.push(String(message)));
    try {
      const response = await coordinator.graphql<{ inviteMember: { id: string } }>(INVITE, {
        input: { planId, organizationId: partner.id, email, role },
      });
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      const token = /\/uitnodiging\/([\w-]+)$/m.exec(logged.join('\n'))?.[1] as string;
      return { id: response.data.inviteMember.id, token };
    } finally {
      spy.mockRestore();
    }
  }

  async function trail(coordinator: SignedIn, planId: string) {
    const { data } = await coordinator.graphql<{
      auditTrail: {
        events: {
          entity: string;
          entityId: string;
          action: string;
          userName: string | null;
          changes: { field: string; before: string | null; after: string | null }[];
        }[];
      };
    }>(TRAIL, { planId });
    return data?.auditTrail.events ?? [];
  }

  it.each<Role>(['COORDINATOR', 'EDITOR', 'CONTRIBUTOR', 'VIEWER'])(
    'lists everyone to a %s, with names, organisations and roles',
    async (role) => {
      const people = await team();

      const members = await membersSeenBy(people[role], people.plan.id);

      expect(members).toHaveLength(4);
      const byRole = new Map(members.map((member) => [member.role, member]));
      for (const [memberRole, organization] of [
        ['COORDINATOR', people.plan.organizationId],
        ['EDITOR', partner.id],
        ['CONTRIBUTOR', partner.id],
        ['VIEWER', partner.id],
      ] as const) {
        expect(byRole.get(memberRole)).toMatchObject({
          planId: people.plan.id,
          userId: people[memberRole].user.id,
          displayName: expect.stringMatching(/^Persoon \d+$/),
          organization: { id: organization, name: expect.any(String), kind: expect.any(String) },
          since: expect.any(String),
        });
      }
      expect(byRole.get('EDITOR')?.organization.kind).toBe('PARTNER');
    },
  );

  it('shows e-mail addresses to coordinators only', async () => {
    const people = await team();

    const forCoordinator = await membersSeenBy(people.COORDINATOR, people.plan.id);
    expect(forCoordinator.map((member) => member.email).sort()).toEqual(
      (['COORDINATOR', 'EDITOR', 'CONTRIBUTOR', 'VIEWER'] as const)
        .map((role) => people[role].user.email)
        .sort(),
    );
    for (const role of ['EDITOR', 'CONTRIBUTOR', 'VIEWER'] as const) {
      const seen = await membersSeenBy(people[role], people.plan.id);
      expect(seen.map((member) => member.email)).toEqual([null, null, null, null]);
    }
  });

  it('shows nothing to someone outside the plan', async () => {
    const people = await team();
    const outsider = await signIn(api.url, database.url);

    for (const query of [MEMBERS, INVITATIONS]) {
      const response = await outsider.graphql(query, { id: people.plan.id });
      expect(codeOf(response)).toBe('NOT_FOUND');
      expect(response.data ?? null).toBeNull();
    }
    const anonymous = await browserSession(api.url).graphql(MEMBERS, { id: people.plan.id });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('reads the members and invitations of any number of plans in a fixed number of statements', async () => {
    const people = await team();
    const second = await createPlan(people.COORDINATOR.graphql, [partner.id]);
    await invite(people.COORDINATOR, second.id, 'een@test.example');
    const QUERY =
      '{ plans { id members { userId email organization { name } } invitations { email organization { name } } } }';

    const one = await countStatements(() => people.COORDINATOR.graphql(QUERY));
    await createPlan(people.COORDINATOR.graphql, [partner.id]);
    const more = await countStatements(() => people.COORDINATOR.graphql(QUERY));

    expect(one.result.errors).toBeUndefined();
    expect((one.result.data as { plans: unknown[] }).plans).toHaveLength(2);
    expect((more.result.data as { plans: unknown[] }).plans).toHaveLength(3);
    expect(more.statements).toBe(one.statements);
  });

  describe('pending invitations', () => {
    it('lists, to the coordinator, the invitations whose link still works', async () => {
      const people = await team();
      const pending = await invite(
        people.COORDINATOR,
        people.plan.id,
        'wacht@test.example',
        'EDITOR',
      );
      const revoked = await invite(people.COORDINATOR, people.plan.id, 'ingetrokken@test.example');
      const expired = await invite(people.COORDINATOR, people.plan.id, 'verlopen@test.example');
      const accepted = await invite(people.COORDINATOR, people.plan.id, 'nieuw.lid@test.example');
      await people.COORDINATOR.graphql(REVOKE, { input: { id: revoked.id } });
      await sql("UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1", [
        expired.id,
      ]);
      const joined = await browserSession(api.url).graphql(ACCEPT, {
        input: { token: accepted.token, displayName: 'Nieuw Lid', password: 'een-lang-wachtwoord' },
      });
      expect(joined.errors).toBeUndefined();

      const response = await people.COORDINATOR.graphql<{ plan: { invitations: Invitation[] } }>(
        INVITATIONS,
        { id: people.plan.id },
      );

      const [coordinatorRow] = await sql<{ display_name: string }>(
        'SELECT display_name FROM app_user WHERE id = $1',
        [people.COORDINATOR.user.id],
      );
      expect(response.data?.plan.invitations).toEqual([
        expect.objectContaining({
          id: pending.id,
          email: 'wacht@test.example',
          role: 'EDITOR',
          invitedByName: coordinatorRow?.display_name,
          organization: { id: partner.id, name: expect.any(String), kind: 'PARTNER' },
        }),
      ]);
    });

    it.each<Role>(['EDITOR', 'CONTRIBUTOR', 'VIEWER'])('refuses them to a %s', async (role) => {
      const people = await team();
      await invite(people.COORDINATOR, people.plan.id, 'geheim@test.example');

      const response = await people[role].graphql(INVITATIONS, { id: people.plan.id });

      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(response.data ?? null).toBeNull();
    });

    it('can be revoked by the coordinator: the link stops working, and the trail says who', async () => {
      const people = await team();
      const invitation = await invite(people.COORDINATOR, people.plan.id, 'terug@test.example');

      const refused = await people.EDITOR.graphql(REVOKE, { input: { id: invitation.id } });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      const revoked = await people.COORDINATOR.graphql(REVOKE, { input: { id: invitation.id } });
      expect(revoked.data).toEqual({ revokeInvitation: invitation.id });
      // Once more changes nothing.
      const again = await people.COORDINATOR.graphql(REVOKE, { input: { id: invitation.id } });
      expect(again.data).toEqual({ revokeInvitation: invitation.id });

      const accept = await browserSession(api.url).graphql(ACCEPT, {
        input: { token: invitation.token, displayName: 'Te laat', password: 'een-lang-wachtwoord' },
      });
      expect(codeOf(accept)).toBe('NOT_FOUND');
      const [first, second] = await trail(people.COORDINATOR, people.plan.id);
      expect(first).toMatchObject({
        entity: 'Invitation',
        entityId: invitation.id,
        action: 'DELETE',
      });
      expect(second).toMatchObject({
        entity: 'Invitation',
        entityId: invitation.id,
        action: 'CREATE',
      });
    });

    it('cannot revoke an accepted invitation, nor one it cannot see', async () => {
      const people = await team();
      const invitation = await invite(people.COORDINATOR, people.plan.id, 'al.binnen@test.example');
      await browserSession(api.url).graphql(ACCEPT, {
        input: { token: invitation.token, displayName: 'Binnen', password: 'een-lang-wachtwoord' },
      });
      const outsider = await signIn(api.url, database.url);

      const accepted = await people.COORDINATOR.graphql(REVOKE, { input: { id: invitation.id } });
      const byOutsider = await outsider.graphql(REVOKE, { input: { id: invitation.id } });
      const madeUp = await people.COORDINATOR.graphql(REVOKE, {
        input: { id: '00000000-0000-4000-8000-000000000000' },
      });

      expect(accepted.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: { id: ['already accepted'] },
      });
      expect(codeOf(byOutsider)).toBe('NOT_FOUND');
      expect(codeOf(madeUp)).toBe('NOT_FOUND');
    });
  });

  describe('changing a role', () => {
    it('gives a member another role, which counts at once, in the audit trail', async () => {
      const people = await team();
      const editorMembership = (await membersSeenBy(people.COORDINATOR, people.plan.id)).find(
        (member) => member.role === 'EDITOR',
      ) as Member;

      const response = await people.COORDINATOR.graphql<{ changePlanMemberRole: Member }>(
        CHANGE_ROLE,
        { input: { planId: people.plan.id, userId: people.EDITOR.user.id, role: 'VIEWER' } },
      );

      expect(response.data?.changePlanMemberRole).toEqual({
        id: editorMembership.id,
        userId: people.EDITOR.user.id,
        displayName: editorMembership.displayName,
        email: people.EDITOR.user.email,
        role: 'VIEWER',
        organization: { id: partner.id },
      });
      const edit = await people.EDITOR.graphql(
        'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
        { input: activityInput(people.plan.id) },
      );
      expect(codeOf(edit)).toBe('FORBIDDEN');
      const [event] = await trail(people.COORDINATOR, people.plan.id);
      expect(event).toMatchObject({
        entity: 'Membership',
        entityId: editorMembership.id,
        action: 'UPDATE',
        changes: [{ field: 'role', before: '"EDITOR"', after: '"VIEWER"' }],
      });
    });

    it('records nothing when the role stays the same', async () => {
      const people = await team();
      const before = await trail(people.COORDINATOR, people.plan.id);

      const response = await people.COORDINATOR.graphql(CHANGE_ROLE, {
        input: { planId: people.plan.id, userId: people.VIEWER.user.id, role: 'VIEWER' },
      });

      expect(response.errors).toBeUndefined();
      expect(await trail(people.COORDINATOR, people.plan.id)).toEqual(before);
    });

    it('is for the coordinator only, and only for members', async () => {
      const people = await team();
      const outsider = await signIn(api.url, database.url);
      const input = { planId: people.plan.id, userId: people.VIEWER.user.id, role: 'EDITOR' };

      for (const role of ['EDITOR', 'CONTRIBUTOR', 'VIEWER'] as const) {
        expect(codeOf(await people[role].graphql(CHANGE_ROLE, { input }))).toBe('FORBIDDEN');
      }
      expect(codeOf(await outsider.graphql(CHANGE_ROLE, { input }))).toBe('NOT_FOUND');
      const forOutsider = await people.COORDINATOR.graphql(CHANGE_ROLE, {
        input: { ...input, userId: outsider.user.id },
      });
      expect(codeOf(forOutsider)).toBe('NOT_FOUND');
      const badRole = await people.COORDINATOR.graphql(CHANGE_ROLE, {
        input: { ...input, role: 'OWNER' },
      });
      expect(codeOf(badRole)).toBe('BAD_USER_INPUT');
    });
  });

  describe('removing a member', () => {
    it('takes them out: the plan is gone for them, and the trail says who did it to whom', async () => {
      const people = await team();
      const contributorMembership = (await membersSeenBy(people.COORDINATOR, people.plan.id)).find(
        (member) => member.role === 'CONTRIBUTOR',
      ) as Member;

      const response = await people.COORDINATOR.graphql(REMOVE, {
        input: { planId: people.plan.id, userId: people.CONTRIBUTOR.user.id },
      });

      expect(response.data).toEqual({ removePlanMember: contributorMembership.id });
      const read = await people.CONTRIBUTOR.graphql(MEMBERS, { id: people.plan.id });
      expect(codeOf(read)).toBe('NOT_FOUND');
      const { data } = await people.CONTRIBUTOR.graphql<{ plans: { id: string }[] }>(
        '{ plans { id } }',
      );
      expect(data?.plans).toEqual([]);
      expect(
        (await membersSeenBy(people.VIEWER, people.plan.id)).map((member) => member.role).sort(),
      ).toEqual(['COORDINATOR', 'EDITOR', 'VIEWER']);
      const [event] = await trail(people.COORDINATOR, people.plan.id);
      expect(event).toMatchObject({
        entity: 'Membership',
        entityId: contributorMembership.id,
        action: 'DELETE',
        userName: expect.stringMatching(/^Persoon/),
      });
      expect(event?.changes).toEqual(
        expect.arrayContaining([
          { field: 'userId', before: JSON.stringify(people.CONTRIBUTOR.user.id), after: null },
          { field: 'role', before: '"CONTRIBUTOR"', after: null },
        ]),
      );
    });

    it('is for the coordinator only', async () => {
      const people = await team();
      const outsider = await signIn(api.url, database.url);
      const input = { planId: people.plan.id, userId: people.VIEWER.user.id };

      for (const role of ['EDITOR', 'CONTRIBUTOR', 'VIEWER'] as const) {
        expect(codeOf(await people[role].graphql(REMOVE, { input }))).toBe('FORBIDDEN');
      }
      expect(codeOf(await outsider.graphql(REMOVE, { input }))).toBe('NOT_FOUND');
      const notAMember = await people.COORDINATOR.graphql(REMOVE, {
        input: { ...input, userId: outsider.user.id },
      });
      expect(codeOf(notAMember)).toBe('NOT_FOUND');
      expect(await membersSeenBy(people.VIEWER, people.plan.id)).toHaveLength(4);
    });
  });

  describe('the last coordinator', () => {
    const LAST_COORDINATOR = {
      code: 'BAD_USER_INPUT',
      reason: 'LAST_COORDINATOR',
    };

    it('cannot step down or leave, until someone else coordinates too', async () => {
      const people = await team();
      const me = { planId: people.plan.id, userId: people.COORDINATOR.user.id };
      const before = await trail(people.COORDINATOR, people.plan.id);

      const demoted = await people.COORDINATOR.graphql(CHANGE_ROLE, {
        input: { ...me, role: 'EDITOR' },
      });
      const removed = await people.COORDINATOR.graphql(REMOVE, { input: me });

      expect(demoted.errors?.[0]).toMatchObject({
        message: expect.stringContaining('at least one coordinator'),
        extensions: { ...LAST_COORDINATOR, fieldErrors: { role: expect.any(Array) } },
      });
      expect(removed.errors?.[0]?.extensions).toMatchObject({
        ...LAST_COORDINATOR,
        fieldErrors: { userId: expect.any(Array) },
      });
      expect(await trail(people.COORDINATOR, people.plan.id)).toEqual(before);

      // With a second coordinator, the first may go: yourself included.
      await people.COORDINATOR.graphql(CHANGE_ROLE, {
        input: { planId: people.plan.id, userId: people.EDITOR.user.id, role: 'COORDINATOR' },
      });
      const left = await people.COORDINATOR.graphql(REMOVE, { input: me });
      expect(left.errors).toBeUndefined();
      expect(codeOf(await people.COORDINATOR.graphql(MEMBERS, { id: people.plan.id }))).toBe(
        'NOT_FOUND',
      );
      const newCoordinator = { planId: people.plan.id, userId: people.EDITOR.user.id };
      const last = await people.EDITOR.graphql(REMOVE, { input: newCoordinator });
      expect(last.errors?.[0]?.extensions).toMatchObject(LAST_COORDINATOR);
    });

    it('stays when two coordinators step down at the same moment', async () => {
      const people = await team();
      await people.COORDINATOR.graphql(CHANGE_ROLE, {
        input: { planId: people.plan.id, userId: people.EDITOR.user.id, role: 'COORDINATOR' },
      });

      const results = await Promise.all(
        [people.COORDINATOR, people.EDITOR].map((person) =>
          person.graphql(CHANGE_ROLE, {
            input: { planId: people.plan.id, userId: person.user.id, role: 'EDITOR' },
          }),
        ),
      );

      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(
        results.map((result) => result.errors?.[0]?.extensions['reason'] ?? 'OK').sort(),
      ).toEqual(['LAST_COORDINATOR', 'OK']);
      const [{ n }] = (await sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM membership WHERE plan_id = $1 AND role = 'COORDINATOR'",
        [people.plan.id],
      )) as [{ n: number }];
      expect(n).toBe(1);
    });
  });
});
