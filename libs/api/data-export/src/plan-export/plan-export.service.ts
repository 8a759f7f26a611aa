import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError, NotFoundError } from '@oogo/api-core';
import { findGaps, loadPlanSnapshot, Plan, PlanRows } from '@oogo/api-planning';
import { OrganizationKind } from '@oogo/shared-domain';
import { DataSource } from 'typeorm';
import type { Table } from '../writing/table';
import { measurementsTable } from './measurements';
import { NO_EXECUTOR, traceabilityTables, type TraceabilityTables } from './traceability';

/** What the plan's exports are made of; the controller only picks the format. */
@Injectable()
export class PlanExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async plan(planId: string): Promise<Plan> {
    const plan = await this.dataSource.getRepository(Plan).findOneBy({ id: planId });
    if (!plan) throw new NotFoundError('Plan', planId);
    return plan;
  }

  /**
   * The samenhang of the plan, for all activities or those of one executor (an organisation
   * id, or `geen` for activities without one), as the web's organisation filter.
   */
  async traceability(plan: Plan, organizationId: string | null): Promise<TraceabilityTables> {
    const snapshot = await loadPlanSnapshot(new PlanRows(this.dataSource), plan);
    if (
      organizationId !== null &&
      organizationId !== NO_EXECUTOR &&
      !snapshot.organizations.some((organization) => organization.id === organizationId)
    ) {
      throw new BadUserInputError('This organisation does not take part in this plan', {
        organisatie: ['not a participant of this plan'],
      });
    }
    return traceabilityTables(snapshot, findGaps(snapshot), { organizationId });
  }

  /** Every measurement of the plan, read page by page while it is written. */
  async measurements(plan: Plan): Promise<Table> {
    const gemeenten = (await this.dataSource.query(
      `SELECT o.code, o.name FROM plan_organization po JOIN organization o ON o.id = po.organization_id
        WHERE po.plan_id = $1 AND o.kind = $2`,
      [plan.id, OrganizationKind.GEMEENTE],
    )) as { code: string | null; name: string }[];
    return measurementsTable(this.dataSource, plan.id, gemeenten);
  }
}
