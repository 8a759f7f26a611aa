import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { exportFileName, JSON_TYPE, sendDownload, Access, actorOf } from '@oogo/api-core';
import type { Request, Response } from 'express';
import { OrganizationExportService } from './organization-export.service';

/** An organisation's own data on request (AVG, data portability): for its admins only. */
@Controller('api/organizations/:organizationId/export')
export class OrganizationExportController {
  constructor(private readonly exports: OrganizationExportService) {}

  @Get('gegevens.json')
  @Access.organizationAdmin('organizationId')
  async data(
    @Param('organizationId') organizationId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const name = await this.exports.organizationName(organizationId);
    const actor = actorOf(request);
    await this.exports.recordExport(organizationId, actor);
    await sendDownload(response, exportFileName('gegevens', name, 'json'), JSON_TYPE, (out) =>
      this.exports.write(out, organizationId, actor),
    );
  }
}
