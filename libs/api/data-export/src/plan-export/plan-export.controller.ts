import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Access, CSV_TYPE, exportFileName, sendDownload, XLSX_TYPE } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import type { Response } from 'express';
import { writeCsv } from '../writing/csv-writer';
import { writeXlsx } from '../writing/xlsx-writer';
import { PlanExportService } from './plan-export.service';

/** `?organisatie=` may come as a list (repeated); only a single value is a filter. */
function organizationFilter(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * The samenhang and the measurements of a plan as files, for everyone who may read the plan.
 * Plain links (the session cookie goes along), so the web needs no script to download.
 */
@Controller('api/plans/:planId/export')
export class PlanExportController {
  constructor(private readonly exports: PlanExportService) {}

  @Get('samenhang.csv')
  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  async traceabilityCsv(
    @Param('planId') planId: string,
    @Query('organisatie') organization: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.exports.plan(planId);
    const tables = await this.exports.traceability(plan, organizationFilter(organization));
    await sendDownload(response, exportFileName('samenhang', plan.region, 'csv'), CSV_TYPE, (out) =>
      writeCsv(out, tables.contributions),
    );
  }

  @Get('samenhang.xlsx')
  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  async traceabilityXlsx(
    @Param('planId') planId: string,
    @Query('organisatie') organization: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.exports.plan(planId);
    const tables = await this.exports.traceability(plan, organizationFilter(organization));
    await sendDownload(
      response,
      exportFileName('samenhang', plan.region, 'xlsx'),
      XLSX_TYPE,
      (out) => writeXlsx(out, [tables.matrix, tables.contributions, tables.results, tables.gaps]),
    );
  }

  @Get('metingen.csv')
  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  async measurementsCsv(@Param('planId') planId: string, @Res() response: Response): Promise<void> {
    const plan = await this.exports.plan(planId);
    const table = await this.exports.measurements(plan);
    await sendDownload(response, exportFileName('metingen', plan.region, 'csv'), CSV_TYPE, (out) =>
      writeCsv(out, table),
    );
  }

  @Get('metingen.xlsx')
  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  async measurementsXlsx(
    @Param('planId') planId: string,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.exports.plan(planId);
    const table = await this.exports.measurements(plan);
    await sendDownload(
      response,
      exportFileName('metingen', plan.region, 'xlsx'),
      XLSX_TYPE,
      (out) => writeXlsx(out, [table]),
    );
  }
}
