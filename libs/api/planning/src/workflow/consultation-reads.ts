import { labelOf } from '@oogo/api-core';
import { OrganizationKind, PlanStatus, STAGE_OF_ITEM } from '@oogo/shared-domain';
import type { EntityManager } from 'typeorm';
import {
  ORGANIZATION_COLUMNS,
  organizationFrom,
  type OrganizationJson,
} from '../organization/organization-json';
import {
  type Approval,
  type Consultation,
  type ConsultationParty,
  ConsultationPartyState,
  type PlanChange,
} from './workflow.models';

/** Anything that runs SQL: the DataSource, or a transaction's EntityManager. */
export type Sql = Pick<EntityManager, 'query'>;

/** The types whose changes change the plan's text: every bouwsteen item, and the plan itself. */
export const CONTENT_ENTITIES: readonly string[] = [...Object.keys(STAGE_OF_ITEM), 'Plan'];

/** The organisations whose agreement an OOGO needs. */
export const DECIDING_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.GEMEENTE,
  OrganizationKind.SCHOOLBESTUUR,
];

/**
 * SQL condition on a plan_event `e`: did this event change the plan's text? Approvals,
 * comments, memberships and invitations do not; nor does moving the plan through the workflow
 * (a change of its status only), nor an update that changed nothing. `entities` is the SQL
 * parameter holding CONTENT_ENTITIES.
 */
export function isContentChange(entities: string): string {
  return `(e.entity = ANY(${entities}::text[])
      AND (e.action <> 'UPDATE' OR cardinality(e.changed_fields) > 0)
      AND NOT (e.entity = 'Plan' AND e.changed_fields <@ ARRAY['status']))`;
}

/** The draft cycle of a plan: adopted versions so far + 1 (snapshots are never removed). */
export const currentCycleOf = (planId: string) =>
  `(SELECT count(*)::int + 1 FROM plan_snapshot s WHERE s.plan_id = ${planId})`;

interface ApprovalRow extends Omit<Approval, 'organization' | 'eventSequence'> {
  organization: OrganizationJson;
  eventSequence: string;
}

/**
 * Approvals with their staleness, in one statement for any number of them: an approval is
 * stale when the plan's latest content change came after it. `where` selects the approvals
 * (on `a`), with its parameters after $1 (CONTENT_ENTITIES).
 */
export async function readApprovals(
  sql: Sql,
  where: string,
  parameters: unknown[],
): Promise<Approval[]> {
  const rows = (await sql.query(
    `SELECT a.id, a.plan_id AS "planId", a.cycle, a.decision, a.reason,
            a.given_by AS "givenByUserId", u.display_name AS "givenByName", a.given_at AS "givenAt",
            a.event_sequence AS "eventSequence",
            a.event_sequence < coalesce(latest.sequence, 0) AS stale,
            ${ORGANIZATION_COLUMNS('o')} AS organization
       FROM approval a
       JOIN organization o ON o.id = a.organization_id
       LEFT JOIN app_user u ON u.id = a.given_by
       -- newest first through the primary key: stops at the latest content change
       LEFT JOIN LATERAL (
         SELECT e.sequence FROM plan_event e
          WHERE e.plan_id = a.plan_id AND ${isContentChange('$1')}
          ORDER BY e.sequence DESC LIMIT 1
       ) latest ON true
      WHERE ${where}
      ORDER BY a.given_at, a.id`,
    [CONTENT_ENTITIES, ...parameters],
  )) as ApprovalRow[];
  return rows.map((row) => ({
    ...row,
    eventSequence: Number(row.eventSequence),
    organization: organizationFrom(row.organization),
  }));
}

/** A plan's consultation, with the approvals of its current cycle. */
export type PlanConsultation = Consultation & { approvals: Approval[] };

interface PlanState {
  planId: string;
  status: PlanStatus;
  cycle: number;
  parties: OrganizationJson[];
}

/**
 * The consultation of each plan, in three statements however many plans: its status and
 * cycle, its deciding organisations, and their approvals in the current cycle.
 */
export async function readConsultations(
  sql: Sql,
  planIds: readonly string[],
): Promise<Map<string, PlanConsultation>> {
  const [states, approvals] = await Promise.all([
    sql.query(
      `SELECT p.id AS "planId", p.status, ${currentCycleOf('p.id')} AS cycle,
              coalesce((SELECT json_agg(${ORGANIZATION_COLUMNS('o')} ORDER BY o.kind, o.name, o.id)
                          FROM plan_organization po JOIN organization o ON o.id = po.organization_id
                         WHERE po.plan_id = p.id AND o.kind = ANY($2::organization_kind[])), '[]') AS parties
         FROM plan p WHERE p.id = ANY($1::uuid[])`,
      [planIds, DECIDING_KINDS],
    ) as Promise<PlanState[]>,
    readApprovals(sql, `a.plan_id = ANY($2::uuid[]) AND a.cycle = ${currentCycleOf('a.plan_id')}`, [
      planIds,
    ]),
  ]);
  return new Map(
    states.map((state) => [
      state.planId,
      summarise(
        state,
        approvals.filter((approval) => approval.planId === state.planId),
      ),
    ]),
  );
}

function summarise(state: PlanState, approvals: Approval[]): PlanConsultation {
  const byOrganization = new Map(approvals.map((approval) => [approval.organization.id, approval]));
  const parties: ConsultationParty[] = state.parties.map((json) => {
    const approval = byOrganization.get(json.id) ?? null;
    return { organization: organizationFrom(json), approval, state: stateOf(approval) };
  });
  const count = (wanted: ConsultationPartyState) =>
    parties.filter((party) => party.state === wanted).length;
  const waitingFor = parties
    .filter((party) => party.state !== ConsultationPartyState.AGREED)
    .map((party) => party.organization);
  return {
    cycle: state.cycle,
    parties,
    agreedCount: count(ConsultationPartyState.AGREED),
    objectedCount: count(ConsultationPartyState.OBJECTED),
    staleCount: count(ConsultationPartyState.STALE),
    waitingFor,
    // With nobody to decide there is no agreement to adopt.
    canAdopt:
      state.status === PlanStatus.IN_CONSULTATION && parties.length > 0 && waitingFor.length === 0,
    approvals: parties.flatMap((party) => (party.approval ? [party.approval] : [])),
  };
}

function stateOf(approval: Approval | null): ConsultationPartyState {
  if (!approval) return ConsultationPartyState.WAITING;
  if (approval.stale) return ConsultationPartyState.STALE;
  return approval.decision === 'AGREE'
    ? ConsultationPartyState.AGREED
    : ConsultationPartyState.OBJECTED;
}

interface ChangeRow extends Omit<PlanChange, 'sequence' | 'stage' | 'label'> {
  approvalId: string;
  sequence: string;
  item: Record<string, unknown> | null;
  deletedLabel: string | null;
}

/**
 * The content changes since each approval, newest first, at most `limit` per approval: one
 * statement for all of them.
 */
export async function readChangesSince(
  sql: Sql,
  approvalIds: readonly string[],
  limit: number,
): Promise<Map<string, PlanChange[]>> {
  const rows = (await sql.query(
    `SELECT c.*, deleted.item_label AS "deletedLabel"
       FROM (
         SELECT a.id AS "approvalId", e.sequence, e.entity, e.entity_id AS "entityId", e.action,
                e.changed_fields AS "changedFields", e.item, e.occurred_at AS "occurredAt",
                u.display_name AS "userName", o.name AS "organizationName",
                row_number() OVER (PARTITION BY a.id ORDER BY e.sequence DESC) AS n
           FROM approval a
           JOIN plan_event e ON e.plan_id = a.plan_id AND e.sequence > a.event_sequence
           LEFT JOIN app_user u ON u.id = e.user_id
           LEFT JOIN organization o ON o.id = e.organization_id
          WHERE a.id = ANY($2::uuid[]) AND ${isContentChange('$1')}
       ) c
       -- a removed item has no item left to name it by: its last audit row still does
       LEFT JOIN LATERAL (
         SELECT ae.item_label FROM audit_event ae
          WHERE c.item IS NULL AND ae.entity_id = c."entityId"
          ORDER BY ae.id DESC LIMIT 1
       ) deleted ON true
      WHERE c.n <= $3
      ORDER BY c."approvalId", c.sequence DESC`,
    [CONTENT_ENTITIES, approvalIds, limit],
  )) as ChangeRow[];
  const changes = new Map<string, PlanChange[]>(approvalIds.map((id) => [id, []]));
  for (const { approvalId, item, deletedLabel, ...row } of rows) {
    changes.get(approvalId)?.push({
      sequence: Number(row.sequence),
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      changedFields: row.changedFields,
      stage: STAGE_OF_ITEM[row.entity] ?? null,
      label: labelOf(item) ?? deletedLabel,
      userName: row.userName,
      organizationName: row.organizationName,
      occurredAt: row.occurredAt,
    });
  }
  return changes;
}
