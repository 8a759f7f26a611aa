import { Logger } from '@nestjs/common';
import { AccessModule } from '@oogo/api-access';
import {
  createUser,
  signIn,
  SignedIn,
  startTestMailServer,
  TestMailServer,
} from '@oogo/api-access/testing';
import { browserSession, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { Client } from 'pg';
import { PlanningModule } from '../planning.module';
import { createOrganization, createPlan, PlanRef, Ref } from '../testing/plan-factory';

const database = useTestDatabase();

const INVITE =
  'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id expiresAt mailed } }';
const ACCEPT =
  'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }';
const READ_PLAN = 'query ($id: ID!) { plan(id: $id) { id } }';

describe('inviting someone to a plan', () => {
  let api: TestApi;
  let coordinator: SignedIn;
  let plan: PlanRef;
  let partner: Ref;
  let logged: string[];

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    coordinator = await signIn(api.url, database.url);
    partner = await createOrganization(coordinator.graphql, 'PARTNER');
    plan = await createPlan(coordinator.graphql, [partner.id]);
  });

  beforeEach(() => {
    logged = [];
    // Without a mail server the link goes to the log: read it there, as a coordinator would.
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function invite(email: string, role = 'CONTRIBUTOR'): Promise<string> {
    const response = await coordinator.graphql(INVITE, {
      input: { planId: plan.id, organizationId: partner.id, email, role },
    });
    expect(response.errors).toBeUndefined();
    const token = /\/uitnodiging\/([\w-]+)$/m.exec(
      logged.find((line) => line.includes(email)) ?? '',
    )?.[1];
    expect(token).toEqual(expect.any(String));
    return token as string;
  }

  it('lets a new person join with a name and password, signed in at once, once', async () => {
    const token = await invite('nieuw@test.example');
    const browser = browserSession(api.url);

    const accepted = await browser.graphql(ACCEPT, {
      input: { token, displayName: 'Nieuwe Partner', password: 'een-lang-wachtwoord' },
    });

    expect(accepted.data).toEqual({ acceptInvitation: { email: 'nieuw@test.example' } });
    expect((await browser.graphql(READ_PLAN, { id: plan.id })).data).toEqual({
      plan: { id: plan.id },
    });
    const again = await browserSession(api.url).graphql(ACCEPT, {
      input: { token, displayName: 'Nog eens', password: 'een-lang-wachtwoord' },
    });
    expect(again.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');

    const { data } = await coordinator.graphql<{
      auditTrail: { events: { entity: string; action: string }[] };
    }>('query ($id: ID!) { auditTrail(planId: $id, first: 2) { events { entity action } } }', {
      id: plan.id,
    });
    expect(data?.auditTrail.events).toEqual([
      { entity: 'Membership', action: 'CREATE' },
      { entity: 'Invitation', action: 'CREATE' },
    ]);
  });

  it('adds an existing account once its owner is signed in', async () => {
    const existing = await createUser(database.url, { email: 'bestaand@test.example' });
    const token = await invite(existing.email, 'EDITOR');

    const anonymous = await browserSession(api.url).graphql(ACCEPT, { input: { token } });
    expect(anonymous.errors?.[0]?.extensions['code']).toBe('UNAUTHENTICATED');

    const member = await signIn(api.url, database.url, existing);
    const token2 = await invite(existing.email, 'EDITOR');
    expect((await member.graphql(ACCEPT, { input: { token: token2 } })).data).toEqual({
      acceptInvitation: { email: existing.email },
    });
    expect((await member.graphql(READ_PLAN, { id: plan.id })).data).toEqual({
      plan: { id: plan.id },
    });
  });

  it('is for the coordinator to send, for a participating organisation', async () => {
    const outsider = await signIn(api.url, database.url);
    const other = await createOrganization(coordinator.graphql, 'PARTNER');

    const byOutsider = await outsider.graphql(INVITE, {
      input: {
        planId: plan.id,
        organizationId: partner.id,
        email: 'x@test.example',
        role: 'VIEWER',
      },
    });
    const forOutsideOrganisation = await coordinator.graphql(INVITE, {
      input: { planId: plan.id, organizationId: other.id, email: 'x@test.example', role: 'VIEWER' },
    });

    expect(byOutsider.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
    expect(forOutsideOrganisation.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { organizationId: expect.any(Array) },
    });
  });

  it('does not work for a made-up or expired link', async () => {
    const response = await browserSession(api.url).graphql(ACCEPT, {
      input: { token: 'a'.repeat(43), displayName: 'Iemand', password: 'een-lang-wachtwoord' },
    });

    expect(response.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');

    const token = await invite('te.laat@test.example');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client
      .query("UPDATE invitation SET expires_at = now() - interval '1 second' WHERE email = $1", [
        'te.laat@test.example',
      ])
      .finally(() => client.end());
    const expired = await browserSession(api.url).graphql(ACCEPT, {
      input: { token, displayName: 'Te laat', password: 'een-lang-wachtwoord' },
    });
    expect(expired.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
  });
});

describe('mailing an invitation', () => {
  let mailServer: TestMailServer;
  let api: TestApi;
  let coordinator: SignedIn;
  let plan: PlanRef;
  let partner: Ref;

  beforeAll(async () => {
    mailServer = await startTestMailServer();
    api = await startTestApi(database.url, [AccessModule, PlanningModule], {
      NODE_ENV: 'test',
      SMTP_URL: mailServer.url,
      MAIL_FROM: 'OOGO Werkplaats <oogo@test.example>',
      PUBLIC_URL: 'https://oogo.test.example',
    });
    coordinator = await signIn(api.url, database.url);
    partner = await createOrganization(coordinator.graphql, 'PARTNER');
    plan = await createPlan(coordinator.graphql, [partner.id]);
  });

  afterAll(async () => {
    await api?.close();
    await mailServer?.close();
  });

  const inviteInput = (email: string) => ({
    input: { planId: plan.id, organizationId: partner.id, email, role: 'EDITOR' },
  });

  it('mails a Dutch invitation with a link that works', async () => {
    const response = await coordinator.graphql<{ inviteMember: { mailed: boolean } }>(
      INVITE,
      inviteInput('per.post@test.example'),
    );

    expect(response.data?.inviteMember.mailed).toBe(true);
    const mail = mailServer.received.at(-1);
    expect(mail?.to).toEqual(['per.post@test.example']);
    expect(mail?.raw).toMatch(/^From: OOGO Werkplaats <oogo@test.example>/m);
    expect(mail?.raw).toMatch(/^Subject: /m);
    const body = decodeQuotedPrintable(mail?.raw ?? '');
    expect(body).toContain('U bent uitgenodigd om mee te werken aan het plan');
    expect(body).toContain('bewerker');
    const token = /https:\/\/oogo\.test\.example\/uitnodiging\/([\w-]{43})/.exec(body)?.[1];
    expect(token).toBeDefined();

    const accepted = await browserSession(api.url).graphql(ACCEPT, {
      input: { token, displayName: 'Per Post', password: 'een-lang-wachtwoord' },
    });
    expect(accepted.data).toEqual({ acceptInvitation: { email: 'per.post@test.example' } });
  });

  it('keeps nothing when the mail server refuses, and says so', async () => {
    mailServer.refuseAll();
    const before = await auditCount(plan.id);

    const response = await coordinator.graphql(INVITE, inviteInput('geen.post@test.example'));

    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('could not be sent'),
      extensions: { code: 'INTERNAL', reason: 'MAIL_NOT_SENT' },
    });
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client
      .query('SELECT count(*)::int AS n FROM invitation WHERE email = $1', [
        'geen.post@test.example',
      ])
      .finally(() => client.end());
    expect(rows[0].n).toBe(0);
    expect(await auditCount(plan.id)).toBe(before);
  });

  async function auditCount(planId: string): Promise<number> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client
      .query('SELECT count(*)::int AS n FROM audit_event WHERE plan_id = $1', [planId])
      .finally(() => client.end());
    return rows[0].n as number;
  }
});

/** Mail bodies travel quoted-printable (soft line breaks, =XX bytes). */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
