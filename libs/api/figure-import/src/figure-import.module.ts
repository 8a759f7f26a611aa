import { Module } from '@nestjs/common';
import { PlanningModule } from '@oogo/api-planning';
import { FigureImportController } from './figure-import.controller';
import { FigureImportResolver } from './figure-import.resolver';
import { FigureImportService } from './figure-import.service';

/** Staat van de jeugd figures in from CSV/XLSX files: upload, preview, confirm. */
@Module({
  // For its BeforePlanWrite: an import is a content write like any other.
  imports: [PlanningModule],
  controllers: [FigureImportController],
  providers: [FigureImportService, FigureImportResolver],
})
export class FigureImportModule {}
