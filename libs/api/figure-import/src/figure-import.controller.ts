import { Controller, Param, Post, Req } from '@nestjs/common';
import { Access, actorOf } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import type { Request } from 'express';
import { FigureImportService } from './figure-import.service';
import { readUpload } from './upload';

/**
 * The upload of a figures file: the raw bytes as the body (application/octet-stream), the
 * file name in X-File-Name (URI-encoded). The file is read at once, so a hostile or
 * unreadable one is refused before anything is stored.
 */
@Controller('api/plans/:planId/figure-imports')
export class FigureImportController {
  constructor(private readonly imports: FigureImportService) {}

  @Post()
  @Access.planRole(PlanRole.EDITOR, { planIdAt: 'planId' })
  async upload(
    @Param('planId') planId: string,
    @Req() request: Request,
  ): Promise<{ importId: string }> {
    const { bytes, fileName } = await readUpload(request);
    const importId = await this.imports.upload(planId, fileName, bytes, actorOf(request));
    return { importId };
  }
}
