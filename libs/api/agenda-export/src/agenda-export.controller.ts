import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Access, startDownload } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import type { Response } from 'express';
import { AgendaExportService, type AgendaFile, type AgendaFormat } from './agenda-export.service';

export const AGENDA_EXPORT_PATH = 'api/plans/:planId/export';

/**
 * `GET /api/plans/<planId>/export/ontwikkelagenda.docx` and `.pdf`; `?versie=<snapshotId>` for
 * an adopted version. Anyone who may read the plan may take it along.
 */
@Controller(AGENDA_EXPORT_PATH)
export class AgendaExportController {
  constructor(private readonly agenda: AgendaExportService) {}

  @Get('ontwikkelagenda.docx')
  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  docx(
    @Param('planId') planId: string,
    @Query('versie') snapshotId: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    return this.send(planId, snapshotId, 'docx', response);
  }

  @Get('ontwikkelagenda.pdf')
  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  pdf(
    @Param('planId') planId: string,
    @Query('versie') snapshotId: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    return this.send(planId, snapshotId, 'pdf', response);
  }

  private async send(
    planId: string,
    snapshotId: string | undefined,
    format: AgendaFormat,
    response: Response,
  ): Promise<void> {
    const file: AgendaFile = await this.agenda.file(planId, snapshotId || null, format);
    startDownload(response, file.fileName, file.contentType);
    response.setHeader('Content-Length', String(file.content.length));
    response.end(file.content);
  }
}
