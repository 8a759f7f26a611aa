import { AccessModule } from '@oogo/api-access';
import { startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { PlanningModule } from '../planning.module';
import { activityInput, createItem, mutate, Ref } from '../testing/plan-factory';
import {
  codeOf,
  joinTable,
  moveTo,
  OogoTable,
  planVersion,
  recordApproval,
  setUpOogoTable,
} from './testing/oogo-table';

const database = useTestDatabase();

const CONSULTATION = `query ($id: ID!) {
  plan(id: $id) {
    approvals { organization { id } decision reason stale givenByName
      changesSince { entity entityId action changedFields stage label userName organizationName } }
    consultation { cycle agreedCount objectedCount staleCount canAdopt
      parties { organization { id kind } state approval { decision } }
      waitingFor { id } }
  }
}`;

interface ConsultationView {
  plan: {
    approvals: {
      organization: { id: string };
      decision: string;
      reason: string | null;
      stale: boolean;
      givenByName: string | null;
      changesSince: {
        entity: string;
        entityId: string;
        action: string;
        changedFields: string[];
        stage: string | null;
        label: string | null;
        userName: string | null;
        organizationName: string | null;
      }[];
    }[];
    consultation: {
      cycle: number;
      agreedCount: number;
      objectedCount: number;
      staleCount: number;
      canAdopt: boolean;
      parties: { organization: { id: string; kind: string }; state: string }[];
      waitingFor: { id: string }[];
    };
  };
}

describe('approvals (akkoord) in consultation', () => {
  let api: TestApi;
  let table: OogoTable;
  let activity: Ref;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    table = await setUpOogoTable(api.url, database.url);
  });

  afterAll(async () => {
    await api?.close();
  });

  const read = async () => {
    const response = await table.coordinator.graphql<ConsultationView>(CONSULTATION, {
      id: table.plan.id,
    });
    expect(response.errors).toBeUndefined();
    return (response.data as ConsultationView).plan;
  };

  const approvalOf = async (organization: Ref) =>
    (await read()).approvals.find((approval) => approval.organization.id === organization.id);

  describe('before consultation', () => {
    it('takes no approvals while the plan is a draft', async () => {
      const response = await recordApproval(table.coordinator.graphql, {
        planId: table.plan.id,
        organizationId: table.gemeente.id,
        decision: 'AGREE',
      });

      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/IN_CONSULTATION/);
    });
  });

  describe('in consultation', () => {
    beforeAll(async () => {
      await moveTo(table, 'IN_CONSULTATION');
    });

    it('lists the gemeenten and schoolbesturen that decide, not the partner', async () => {
      const { consultation } = await read();

      expect(consultation.parties.map((party) => party.organization.id).sort()).toEqual(
        [table.gemeente.id, table.schoolbestuur.id, table.otherGemeente.id].sort(),
      );
      expect(consultation.parties.every((party) => party.state === 'WAITING')).toBe(true);
      expect(consultation).toMatchObject({ cycle: 1, agreedCount: 0, canAdopt: false });
    });

    it('takes the agreement of an EDITOR for their own gemeente or schoolbestuur', async () => {
      const response = await recordApproval(table.schoolbestuurEditor.graphql, {
        planId: table.plan.id,
        organizationId: table.schoolbestuur.id,
        decision: 'AGREE',
      });

      expect(response.data?.recordApproval).toMatchObject({ decision: 'AGREE', stale: false });
      expect(await approvalOf(table.schoolbestuur)).toMatchObject({
        decision: 'AGREE',
        stale: false,
        changesSince: [],
      });
      const { consultation } = await read();
      expect(consultation.agreedCount).toBe(1);
      expect(consultation.waitingFor.map((organization) => organization.id)).not.toContain(
        table.schoolbestuur.id,
      );
    });

    it("refuses someone acting for another organisation, a contributor, a viewer, and a partner's approval", async () => {
      const contributor = await joinTable(
        table,
        api.url,
        database.url,
        table.schoolbestuur,
        'CONTRIBUTOR',
      );
      const viewer = await joinTable(table, api.url, database.url, table.schoolbestuur, 'VIEWER');
      const forOther = (graphql: typeof contributor.graphql, organization: Ref) =>
        recordApproval(graphql, {
          planId: table.plan.id,
          organizationId: organization.id,
          decision: 'AGREE',
        });

      expect(codeOf(await forOther(table.otherGemeenteEditor.graphql, table.gemeente))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await forOther(table.coordinator.graphql, table.schoolbestuur))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await forOther(contributor.graphql, table.schoolbestuur))).toBe('FORBIDDEN');
      expect(codeOf(await forOther(viewer.graphql, table.schoolbestuur))).toBe('FORBIDDEN');
      const partner = await forOther(table.partnerEditor.graphql, table.partner);
      expect(codeOf(partner)).toBe('BAD_USER_INPUT');
      expect(partner.errors?.[0]?.extensions['fieldErrors']).toHaveProperty('organizationId');
      expect((await read()).approvals.map((approval) => approval.organization.id)).toEqual([
        table.schoolbestuur.id,
      ]);
    });

    it('needs a reason for an objection, and keeps it', async () => {
      const withoutReason = await recordApproval(table.otherGemeenteEditor.graphql, {
        planId: table.plan.id,
        organizationId: table.otherGemeente.id,
        decision: 'OBJECT',
        reason: '   ',
      });
      expect(codeOf(withoutReason)).toBe('BAD_USER_INPUT');
      expect(withoutReason.errors?.[0]?.extensions['fieldErrors']).toHaveProperty('reason');

      const objection = await recordApproval(table.otherGemeenteEditor.graphql, {
        planId: table.plan.id,
        organizationId: table.otherGemeente.id,
        decision: 'OBJECT',
        reason: 'De streefwaarde voor verzuim is niet haalbaar.',
      });
      expect(objection.data?.recordApproval).toMatchObject({
        decision: 'OBJECT',
        reason: 'De streefwaarde voor verzuim is niet haalbaar.',
      });
      const { consultation } = await read();
      expect(consultation.objectedCount).toBe(1);
      expect(
        consultation.parties.find((party) => party.organization.id === table.otherGemeente.id)
          ?.state,
      ).toBe('OBJECTED');
    });

    it("replaces the organisation's earlier decision in the same round", async () => {
      const response = await recordApproval(table.otherGemeenteEditor.graphql, {
        planId: table.plan.id,
        organizationId: table.otherGemeente.id,
        decision: 'AGREE',
      });

      expect(response.data?.recordApproval).toMatchObject({ decision: 'AGREE', reason: null });
      const { approvals, consultation } = await read();
      expect(
        approvals.filter((approval) => approval.organization.id === table.otherGemeente.id),
      ).toHaveLength(1);
      expect(consultation.objectedCount).toBe(0);
      expect(consultation.agreedCount).toBe(2);
    });

    it('makes an approval stale with an edit after it, and lists that edit', async () => {
      await mutate(
        table.coordinator.graphql,
        'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
        {
          input: { planId: table.plan.id, organizationId: table.gemeente.id, decision: 'AGREE' },
        },
      );
      expect((await read()).consultation.canAdopt).toBe(true);

      activity = await createItem(
        table.schoolbestuurEditor.graphql,
        'Activity',
        activityInput(table.plan.id, { name: 'Schoolmaatschappelijk werk' }),
      );

      const { approvals, consultation } = await read();
      expect(approvals.every((approval) => approval.stale)).toBe(true);
      expect(consultation).toMatchObject({ staleCount: 3, agreedCount: 0, canAdopt: false });
      expect((await approvalOf(table.gemeente))?.changesSince).toEqual([
        {
          entity: 'Activity',
          entityId: activity.id,
          action: 'CREATE',
          changedFields: expect.arrayContaining(['name', 'kind']),
          stage: 'ACTIVITIES',
          label: 'Schoolmaatschappelijk werk',
          userName: expect.any(String),
          organizationName: expect.stringContaining('schoolbestuur'),
        },
      ]);
    });

    it('is fresh again once the party decides on the new text; changes of the text since show, newest first', async () => {
      await recordApproval(table.schoolbestuurEditor.graphql, {
        planId: table.plan.id,
        organizationId: table.schoolbestuur.id,
        decision: 'AGREE',
      });
      expect(await approvalOf(table.schoolbestuur)).toMatchObject({
        stale: false,
        changesSince: [],
      });

      const version = await planVersion(table.coordinator.graphql, table.plan.id);
      await mutate(
        table.coordinator.graphql,
        'mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }',
        { input: { id: table.plan.id, version, title: 'Ontwikkelagenda Testveen 2025–2028' } },
      );

      const schoolbestuur = await approvalOf(table.schoolbestuur);
      expect(schoolbestuur?.stale).toBe(true);
      expect(schoolbestuur?.changesSince).toEqual([
        expect.objectContaining({
          entity: 'Plan',
          action: 'UPDATE',
          changedFields: ['title'],
          stage: null,
        }),
      ]);
      expect(
        (await approvalOf(table.gemeente))?.changesSince.map((change) => change.entity),
      ).toEqual(['Plan', 'Activity']);
    });

    it('does not count decisions, withdrawing and re-opening the consultation as changes to the text', async () => {
      for (const [graphql, organization] of [
        [table.coordinator.graphql, table.gemeente],
        [table.schoolbestuurEditor.graphql, table.schoolbestuur],
        [table.otherGemeenteEditor.graphql, table.otherGemeente],
      ] as const) {
        await recordApproval(graphql, {
          planId: table.plan.id,
          organizationId: organization.id,
          decision: 'AGREE',
        });
      }
      await moveTo(table, 'DRAFT');
      await moveTo(table, 'IN_CONSULTATION');

      const { approvals, consultation } = await read();
      expect(approvals.map((approval) => approval.stale)).toEqual([false, false, false]);
      expect(consultation.canAdopt).toBe(true);
    });

    it('names a removed item in the changes since, by the name it had', async () => {
      await mutate(
        table.coordinator.graphql,
        'mutation ($input: ItemVersionInput!) { deleteActivity(input: $input) }',
        { input: activity },
      );

      expect((await approvalOf(table.schoolbestuur))?.changesSince).toEqual([
        expect.objectContaining({
          entity: 'Activity',
          entityId: activity.id,
          action: 'DELETE',
          stage: 'ACTIVITIES',
          label: 'Schoolmaatschappelijk werk',
        }),
      ]);
    });
  });
});
