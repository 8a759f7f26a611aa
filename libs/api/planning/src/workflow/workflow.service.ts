import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  BadUserInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  lastChangeOf,
  lastPlanEventSequence,
  NotFoundError,
  recordAudit,
  translateDatabaseError,
} from '@oogo/api-core';
import { ErrorCode, OrganizationKind, PlanStatus } from '@oogo/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import type { BeforePlanWrite } from '../common/item-writer';
import { PlanRows } from '../common/plan-rows';
import { loadPlanSnapshot } from '../insight/load-plan-snapshot';
import { Plan } from '../plan/plan.entity';
import {
  currentCycleOf,
  DECIDING_KINDS,
  readApprovals,
  readConsultations,
  Sql,
} from './consultation-reads';
import { compareFrozenPlans, FrozenPlan, frozenApprovalOf, freezePlan } from './frozen-plan';
import type {
  AdoptPlanInput,
  ChangePlanStatusInput,
  ComparePlanVersionsArgs,
  RecordApprovalInput,
} from './workflow.inputs';
import {
  AdoptPlanPayload,
  Approval,
  ConsultationParty,
  ConsultationPartyState,
  PlanComparison,
  PlanSnapshot,
} from './workflow.models';

/** The status changes a coordinator makes by hand; adoption has its own rules (adoptPlan). */
const MANUAL_TRANSITIONS: Record<PlanStatus, PlanStatus[]> = {
  DRAFT: [PlanStatus.IN_CONSULTATION],
  // Withdraw: approvals stay, and stay valid for as long as nobody changes the text.
  IN_CONSULTATION: [PlanStatus.DRAFT],
  // An adopted plan goes back to DRAFT by itself, with the first change to it.
  ADOPTED: [],
};

type NotAgreed = Exclude<ConsultationPartyState, 'AGREED'>;

const NOT_AGREED_MESSAGES: Record<NotAgreed, string> = {
  WAITING: 'has not decided yet',
  STALE: 'agreed to an earlier text',
  OBJECTED: 'objects',
};

/** Adoption needs every gemeente and schoolbestuur to agree; says who does not, and why. */
export class NotAgreedError extends DomainError {
  constructor(waitingFor: { organizationId: string; name: string; state: NotAgreed }[]) {
    const message =
      waitingFor.length === 0
        ? 'No gemeente or schoolbestuur takes part in this plan, so nobody can agree to it'
        : `Not every gemeente and schoolbestuur agrees to the plan as it is now: ${waitingFor
            .map((party) => `${party.name} ${NOT_AGREED_MESSAGES[party.state]}`)
            .join('; ')}`;
    super(ErrorCode.BAD_USER_INPUT, message, { fieldErrors: { planId: [message] }, waitingFor });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One version of a plan's text: the plan as it is now, or an adopted version. */
export interface PlanVersionText {
  graph: FrozenPlan;
  /** The plan's status now; ADOPTED for an adopted version. */
  status: PlanStatus;
  /** The adopted version this is, or null for the plan as it is now. */
  adopted: Omit<PlanSnapshot, 'graph'> | null;
  /**
   * The plan as it is now: where each gemeente and schoolbestuur stands in this round. Null
   * for an adopted version: the approvals it was adopted on are in its graph.
   */
  parties: ConsultationParty[] | null;
}

const SNAPSHOT_COLUMNS = `s.id, s.plan_id AS "planId", s.number, s.adopted_at AS "adoptedAt",
  s.adopted_by AS "adoptedByUserId", u.display_name AS "adoptedByName",
  s.event_sequence::int AS "eventSequence"`;

/**
 * The OOGO workflow: DRAFT → IN_CONSULTATION → ADOPTED. Every step locks the plan row
 * first, and so does every content write (through `reopenAdoptedPlan`), so a decision or an
 * adoption never races an edit of the text it is about.
 */
@Injectable()
export class WorkflowService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  changeStatus(input: ChangePlanStatusInput, actor: Actor | undefined): Promise<Plan> {
    return this.transaction(async (manager) => {
      const current = await this.lockPlan(manager, input.planId, input.version);
      if (input.status === PlanStatus.ADOPTED) {
        throw new BadUserInputError(
          'A plan is adopted with adoptPlan, once every gemeente and schoolbestuur agrees',
          { status: ['use adoptPlan to adopt'] },
        );
      }
      if (!MANUAL_TRANSITIONS[current.status].includes(input.status)) {
        const message =
          current.status === PlanStatus.ADOPTED
            ? 'An adopted plan goes back to DRAFT by itself when someone changes it'
            : `A ${current.status} plan cannot become ${input.status}; it can become ${MANUAL_TRANSITIONS[current.status].join(' or ')}`;
        throw new BadUserInputError(message, { status: [message] });
      }
      return this.setStatus(manager, current, input.status, actor);
    });
  }

  recordApproval(input: RecordApprovalInput, actor: Actor | undefined): Promise<Approval> {
    return this.transaction(async (manager) => {
      // Shared lock: waits for content writes in flight (they hold the plan row), so the
      // sequence read below includes every change the party could have seen.
      const [plan] = (await manager.query('SELECT status FROM plan WHERE id = $1 FOR SHARE', [
        input.planId,
      ])) as { status: PlanStatus }[];
      if (!plan) throw new NotFoundError('Plan', input.planId);
      const [party] = (await manager.query(
        `SELECT o.kind FROM plan_organization po JOIN organization o ON o.id = po.organization_id
          WHERE po.plan_id = $1 AND po.organization_id = $2`,
        [input.planId, input.organizationId],
      )) as { kind: OrganizationKind }[];
      if (!party) {
        throw new BadUserInputError('This organisation does not take part in the plan', {
          organizationId: ['does not take part in this plan'],
        });
      }
      if (!DECIDING_KINDS.includes(party.kind)) {
        throw new BadUserInputError('Only a gemeente or schoolbestuur gives an approval', {
          organizationId: ['must be a participating gemeente or schoolbestuur'],
        });
      }
      if (actor?.organizationId !== input.organizationId) {
        throw new ForbiddenError(
          'You can only give the approval of the organisation you take part in this plan for',
        );
      }
      if (plan.status !== PlanStatus.IN_CONSULTATION) {
        throw new BadUserInputError(
          `Approvals are given while the plan is IN_CONSULTATION; it is ${plan.status}`,
          { planId: ['the plan is not in consultation'] },
        );
      }
      const eventSequence = await lastPlanEventSequence(manager, input.planId);
      const [before] = (await manager.query(
        `SELECT id, decision, reason, given_by AS "givenByUserId", event_sequence::int AS "eventSequence"
           FROM approval WHERE plan_id = $1 AND organization_id = $2 AND cycle = ${currentCycleOf('$1')}`,
        [input.planId, input.organizationId],
      )) as Record<string, unknown>[];
      // A new decision of the same organisation in the same cycle replaces its earlier one.
      const [{ id }] = (await manager.query(
        `INSERT INTO approval (plan_id, cycle, organization_id, decision, reason, given_by, event_sequence)
         VALUES ($1, ${currentCycleOf('$1')}, $2, $3, $4, $5, $6)
         ON CONFLICT (plan_id, cycle, organization_id) DO UPDATE
           SET decision = EXCLUDED.decision, reason = EXCLUDED.reason, given_by = EXCLUDED.given_by,
               given_at = now(), event_sequence = EXCLUDED.event_sequence
         RETURNING id`,
        [
          input.planId,
          input.organizationId,
          input.decision,
          input.reason ?? null,
          actor?.userId ?? null,
          eventSequence,
        ],
      )) as [{ id: string }];
      const [approval] = await readApprovals(manager, 'a.id = $2', [id]);
      const after = {
        id,
        organizationId: input.organizationId,
        cycle: (approval as Approval).cycle,
        decision: input.decision,
        reason: input.reason ?? null,
        givenByUserId: actor?.userId ?? null,
        eventSequence,
      };
      await recordAudit(manager, actor, {
        planId: input.planId,
        entity: 'Approval',
        entityId: id,
        action: before ? 'UPDATE' : 'CREATE',
        before: before ? { ...after, ...before } : null,
        after,
        item: { __typename: 'Approval', planId: input.planId, ...after },
      });
      return approval as Approval;
    });
  }

  adopt(input: AdoptPlanInput, actor: Actor | undefined): Promise<AdoptPlanPayload> {
    return this.transaction(async (manager) => {
      const current = await this.lockPlan(manager, input.planId, input.version);
      if (current.status !== PlanStatus.IN_CONSULTATION) {
        throw new BadUserInputError(
          `Only a plan in consultation can be adopted; this one is ${current.status}`,
          { status: ['the plan is not in consultation'] },
        );
      }
      const consultation = (await readConsultations(manager, [current.id])).get(current.id);
      if (!consultation?.canAdopt) {
        throw new NotAgreedError(
          (consultation?.parties ?? [])
            .filter((party) => party.state !== ConsultationPartyState.AGREED)
            .map((party) => ({
              organizationId: party.organization.id,
              name: party.organization.name,
              state: party.state as NotAgreed,
            })),
        );
      }
      const eventSequence = await lastPlanEventSequence(manager, current.id);
      const plan = await this.setStatus(manager, current, PlanStatus.ADOPTED, actor);
      // Read outside this transaction, yet exactly the plan as adopted: every content write
      // takes the plan row first, and this transaction holds it until the snapshot is stored.
      const rows = await loadPlanSnapshot(new PlanRows(this.dataSource), plan);
      const graph = freezePlan(rows, consultation.approvals.map(frozenApprovalOf));
      const [{ id }] = (await manager.query(
        `INSERT INTO plan_snapshot (plan_id, number, adopted_by, graph, event_sequence)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          current.id,
          consultation.cycle,
          actor?.userId ?? null,
          JSON.stringify(graph),
          eventSequence,
        ],
      )) as [{ id: string }];
      const snapshot = (await this.readSnapshots(manager, 's.id = $1', [id]))[0] as PlanSnapshot;
      await recordAudit(manager, actor, {
        planId: current.id,
        entity: 'PlanSnapshot',
        entityId: id,
        action: 'CREATE',
        before: null,
        after: { number: snapshot.number, eventSequence },
        item: { __typename: 'PlanSnapshot', ...snapshot },
      });
      return { plan, snapshot };
    });
  }

  snapshots(planId: string): Promise<PlanSnapshot[]> {
    return this.readSnapshots(this.dataSource, 's.plan_id = $1', [planId]);
  }

  async snapshot(planId: string, id: string): Promise<PlanSnapshot> {
    const [snapshot] = await this.readSnapshots(
      this.dataSource,
      's.plan_id = $1 AND s.id = $2',
      [planId, id],
      true,
    );
    if (!snapshot) throw new NotFoundError('PlanSnapshot', id);
    return snapshot;
  }

  async graphOf(snapshot: PlanSnapshot): Promise<Record<string, unknown>> {
    if (snapshot.graph) return snapshot.graph;
    return (await this.snapshot(snapshot.planId, snapshot.id)).graph as Record<string, unknown>;
  }

  /**
   * The text of the plan as it is now (`snapshotId` null), with the approvals of the current
   * round, or of one of its adopted versions as it was frozen. A version of another plan, or
   * an id that is no id, does not exist here.
   */
  async version(planId: string, snapshotId: string | null): Promise<PlanVersionText> {
    if (snapshotId !== null) {
      if (!UUID.test(snapshotId)) throw new NotFoundError('PlanSnapshot', snapshotId);
      const snapshot = await this.snapshot(planId, snapshotId);
      const { graph, ...adopted } = snapshot;
      return {
        graph: graph as unknown as FrozenPlan,
        status: PlanStatus.ADOPTED,
        adopted,
        parties: null,
      };
    }
    const rows = new PlanRows(this.dataSource);
    const plan = await rows.byId(Plan, planId);
    if (!plan) throw new NotFoundError('Plan', planId);
    const consultation = (await readConsultations(this.dataSource, [planId])).get(planId);
    const approvals = consultation?.approvals ?? [];
    return {
      graph: freezePlan(await loadPlanSnapshot(rows, plan), approvals.map(frozenApprovalOf)),
      status: plan.status,
      adopted: null,
      parties: consultation?.parties ?? [],
    };
  }

  /** `rows` reads the current plan when `to` is null (the request's own PlanRows). */
  async compare(args: ComparePlanVersionsArgs, rows: PlanRows): Promise<PlanComparison> {
    const from = await this.snapshot(args.planId, args.from);
    const to = args.to ? await this.snapshot(args.planId, args.to) : null;
    let toGraph = to?.graph as FrozenPlan | undefined;
    if (!toGraph) {
      const plan = await rows.byId(Plan, args.planId);
      if (!plan) throw new NotFoundError('Plan', args.planId);
      toGraph = freezePlan(await loadPlanSnapshot(rows, plan));
    }
    return { from, to, ...compareFrozenPlans(from.graph as unknown as FrozenPlan, toGraph) };
  }

  private async readSnapshots(
    sql: Sql,
    where: string,
    parameters: unknown[],
    withGraph = false,
  ): Promise<PlanSnapshot[]> {
    return (await sql.query(
      `SELECT ${SNAPSHOT_COLUMNS}${withGraph ? ', s.graph' : ''}
         FROM plan_snapshot s LEFT JOIN app_user u ON u.id = s.adopted_by
        WHERE ${where}
        ORDER BY s.number DESC`,
      parameters,
    )) as PlanSnapshot[];
  }

  /** The plan, locked against content writes and other status changes; CONFLICT when `version` is stale. */
  private async lockPlan(manager: EntityManager, planId: string, version: number): Promise<Plan> {
    const current = await manager.findOne(Plan, {
      where: { id: planId },
      lock: { mode: 'for_no_key_update' },
    });
    if (!current) throw new NotFoundError('Plan', planId);
    if (current.version !== version) {
      throw new ConflictError('Plan', current, await lastChangeOf(manager, planId));
    }
    return current;
  }

  private async setStatus(
    manager: EntityManager,
    current: Plan,
    status: PlanStatus,
    actor: Actor | undefined,
  ): Promise<Plan> {
    const updated = await manager
      .createQueryBuilder()
      .update(Plan)
      .set({ status, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (!updated.affected) {
      throw new ConflictError('Plan', current, await lastChangeOf(manager, current.id));
    }
    const after = await manager.findOneByOrFail(Plan, { id: current.id });
    await recordAudit(manager, actor, {
      planId: current.id,
      entity: 'Plan',
      entityId: current.id,
      action: 'UPDATE',
      before: { ...current },
      after: { ...after },
      item: { __typename: 'Plan', ...after },
    });
    return after;
  }

  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }
}

/**
 * Every content write of a plan calls this first (ItemWriter's BeforePlanWrite). It locks the
 * plan row, which orders content writes against approvals and adoption, and sends an adopted
 * plan back to DRAFT: the change starts the next draft cycle from the adopted version.
 *
 * The plan's version is left alone: the coordinator editing the plan's title at the same
 * time did not conflict with this edit, and `updatePlan` of an adopted plan comes through
 * here with the version its caller saw.
 */
export const reopenAdoptedPlan: BeforePlanWrite = async (manager, planId, actor) => {
  const [plan] = (await manager.query('SELECT status FROM plan WHERE id = $1 FOR NO KEY UPDATE', [
    planId,
  ])) as { status: PlanStatus }[];
  if (plan?.status !== PlanStatus.ADOPTED) return;
  await manager.query("UPDATE plan SET status = 'DRAFT', updated_at = now() WHERE id = $1", [
    planId,
  ]);
  const after = await manager.findOneByOrFail(Plan, { id: planId });
  await recordAudit(manager, actor, {
    planId,
    entity: 'Plan',
    entityId: planId,
    action: 'UPDATE',
    before: { status: PlanStatus.ADOPTED },
    after: { status: PlanStatus.DRAFT },
    item: { __typename: 'Plan', ...after },
  });
};
