import { Module } from '@nestjs/common';
import { PlanningModule } from '@oogo/api-planning';
import { AgendaExportController } from './agenda-export.controller';
import { AgendaExportService } from './agenda-export.service';
import { PdfRenderer } from './pdf-renderer';

/** The ontwikkelagenda out as a document: DOCX and tagged PDF, of the plan or an adopted version. */
@Module({
  imports: [PlanningModule],
  controllers: [AgendaExportController],
  providers: [AgendaExportService, PdfRenderer],
})
export class AgendaExportModule {}
