import { Injectable } from '@nestjs/common';
import { dutchDate, slug } from '@oogo/api-core';
import { WorkflowService } from '@oogo/api-planning';
import { PlanStatus } from '@oogo/shared-domain';
import type { AgendaDocument } from './agenda-document';
import { buildAgendaDocument } from './build-agenda-document';
import { PdfRenderer } from './pdf-renderer';
import { renderDocx } from './render-docx';
import { footerHtml, renderHtml } from './render-html';

export type AgendaFormat = 'docx' | 'pdf';

export interface AgendaFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const CONTENT_TYPES: Record<AgendaFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The ontwikkelagenda of a plan, or of one adopted version, as a DOCX or PDF file. */
@Injectable()
export class AgendaExportService {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly pdf: PdfRenderer,
  ) {}

  /** The document model of the plan as it is now (`snapshotId` null) or of an adopted version. */
  async document(planId: string, snapshotId: string | null, madeAt = new Date()) {
    const version = await this.workflow.version(planId, snapshotId);
    // The plan as it is now, adopted and unchanged since: it is its latest version.
    const latestAdoptedAt =
      !version.adopted && version.status === PlanStatus.ADOPTED
        ? ((await this.workflow.snapshots(planId))[0]?.adoptedAt ?? null)
        : null;
    const document = buildAgendaDocument({ version, latestAdoptedAt, madeAt });
    const region = slug(document.region);
    const fileName = version.adopted
      ? `ontwikkelagenda-${region}-vastgesteld-${dutchDate(new Date(version.adopted.adoptedAt))}`
      : `ontwikkelagenda-${region}-${dutchDate(madeAt)}`;
    return { document, fileName };
  }

  async file(planId: string, snapshotId: string | null, format: AgendaFormat): Promise<AgendaFile> {
    const { document, fileName } = await this.document(planId, snapshotId);
    return {
      fileName: `${fileName}.${format}`,
      contentType: CONTENT_TYPES[format],
      content: await this.render(document, format),
    };
  }

  private render(document: AgendaDocument, format: AgendaFormat): Promise<Buffer> {
    if (format === 'docx') return renderDocx(document);
    return this.pdf.render({ html: renderHtml(document), footerHtml: footerHtml(document) });
  }
}
