import { useTestDatabase } from '@oogo/api-core/testing';
import { mutate } from '@oogo/api-planning/testing';
import { PlanRole } from '@oogo/shared-domain';
import { download, ExportWorld, startExportWorld } from '../testing/export-world';
import { ORGANIZATION_EXPORT_FORMAT } from './organization-export.service';

const database = useTestDatabase();

interface PlanSection {
  plan: { id: string; title: string };
  signals: { id: string; title: string; organizationId: string }[];
  activities: {
    id: string;
    name: string;
    executorOrganizationId: string;
    contributions: { rationale: string; societalResultStatement: string }[];
  }[];
  comments: { body: string; authorName: string; organizationId: string }[];
  approvals: unknown[];
  improvementActions: unknown[];
  reflectionAnswers: unknown[];
}

interface OrganizationData {
  format: { name: string; version: number };
  exportedBy: { userId: string };
  organization: { id: string; name: string; kind: string };
  people: { id: string; email: string; isAdmin: boolean; memberships: { role: string }[] }[];
  plans: PlanSection[];
  auditTrail: { entity: string; entityId: string; action: string; organizationId: string }[];
}

describe('an organisation downloads its own data (AVG)', () => {
  let world: ExportWorld;

  beforeAll(async () => {
    world = await startExportWorld(database.url);
    // The partner's own people add a signal and a comment: nothing of it in the gemeente's export.
    const partnerMember = await world.member(PlanRole.CONTRIBUTOR);
    await mutate(
      partnerMember.graphql,
      'mutation ($input: CreateSignalInput!) { createSignal(input: $input) { id } }',
      {
        input: {
          planId: world.plan.id,
          title: 'Eigen signaal van de partner',
          organizationId: world.partner.id,
        },
      },
    );
    await mutate(
      partnerMember.graphql,
      'mutation ($input: CreateCommentInput!) { createComment(input: $input) { id } }',
      { input: { planId: world.plan.id, stage: 'ACTIVITIES', body: 'Opmerking van de partner' } },
    );
  });

  afterAll(async () => {
    await world?.close();
  });

  const path = (organizationId: string) =>
    `/api/organizations/${organizationId}/export/gegevens.json`;

  it("holds the organisation's people, signals, activities and comments, and nobody else's", async () => {
    const file = await download(world.baseUrl, path(world.gemeente.id), world.coordinator);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="gegevens-gemeente-\d+-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const data = JSON.parse(file.text) as OrganizationData;

    expect(data.format).toMatchObject({ name: ORGANIZATION_EXPORT_FORMAT.name, version: 1 });
    expect(data.exportedBy.userId).toBe(world.coordinator.user.id);
    expect(data.organization).toMatchObject({ id: world.gemeente.id, kind: 'GEMEENTE' });
    expect(data.people).toEqual([
      expect.objectContaining({
        id: world.coordinator.user.id,
        email: world.coordinator.user.email,
        isAdmin: true,
        memberships: [expect.objectContaining({ role: 'COORDINATOR' })],
      }),
    ]);

    expect(data.plans).toHaveLength(1);
    const [section] = data.plans as [PlanSection];
    expect(section.plan.id).toBe(world.plan.id);
    // Items are the organisation's by their organisation column, whoever typed them in.
    expect(section.signals.map((signal) => signal.title)).toEqual(['Signaal van de gemeente']);
    expect(section.activities).toEqual([
      expect.objectContaining({
        name: 'Jeugdhulp op school',
        executorOrganizationId: world.gemeente.id,
        contributions: [
          expect.objectContaining({
            rationale: 'Minder uitval; "samen" met school',
            societalResultStatement: 'Minder jongeren vallen uit op school',
          }),
        ],
      }),
    ]);
    expect(section.comments.map((comment) => comment.body)).toEqual(['Opmerking van de gemeente']);

    // The audit trail: the changes its people made on its behalf, including those to items of
    // others (its coordinator typed in the partner's signal), never the partner's own changes.
    const entityIds = data.auditTrail.map((event) => event.entityId);
    expect(entityIds).toContain(world.items.gemeenteSignal.id);
    expect(entityIds).toContain(world.items.partnerSignal.id);
    expect(data.auditTrail.every((event) => event.organizationId !== world.partner.id)).toBe(true);

    // Nothing the partner's people wrote, and no secrets.
    expect(file.text).not.toContain('Eigen signaal van de partner');
    expect(file.text).not.toContain('Opmerking van de partner');
    expect(file.text).not.toMatch(/argon2|password|token_?hash|session/i);
  });

  it('records who downloaded it, and when', async () => {
    const before = new Date(Date.now() - 1000);
    await download(world.baseUrl, path(world.gemeente.id), world.coordinator);
    const events = await world.sql<{ userId: string; occurredAt: Date }>(
      `SELECT user_id AS "userId", occurred_at AS "occurredAt" FROM audit_event
        WHERE action = 'EXPORT' AND entity = 'Organization' AND entity_id = $1`,
      [world.gemeente.id],
    );
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.at(-1)?.userId).toBe(world.coordinator.user.id);
    expect(events.at(-1)?.occurredAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });

  it('is refused to someone who is not an admin of the organisation', async () => {
    // In the plan for the gemeente, even as its coordinator, but not its admin.
    const member = await world.member(PlanRole.COORDINATOR, world.gemeente.id);
    const refused = await download(world.baseUrl, path(world.gemeente.id), member);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.headers.get('content-disposition')).toBeNull();
    expect((await download(world.baseUrl, path(world.gemeente.id))).status).toBe(401);
    const [{ count }] = await world.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'EXPORT' AND user_id = $1`,
      [member.user.id],
    );
    expect(count).toBe(0);
  });

  it('lists the organisations someone is an admin of, for the download link', async () => {
    const admin = await world.coordinator.graphql<{ adminOrganizations: { id: string }[] }>(
      '{ adminOrganizations { id } }',
    );
    expect(admin.data?.adminOrganizations.map((o) => o.id).sort()).toEqual(
      [world.gemeente.id, world.partner.id].sort(),
    );
    const viewer = await world.member(PlanRole.VIEWER);
    const none = await viewer.graphql<{ adminOrganizations: unknown[] }>(
      '{ adminOrganizations { id } }',
    );
    expect(none.data?.adminOrganizations).toEqual([]);
  });
});
