import { Module } from '@nestjs/common';
import { AdminOrganizationsResolver } from './organization-export/admin-organizations.resolver';
import { OrganizationExportController } from './organization-export/organization-export.controller';
import { OrganizationExportService } from './organization-export/organization-export.service';
import { PlanExportController } from './plan-export/plan-export.controller';
import { PlanExportService } from './plan-export/plan-export.service';

/** Data out as files: the traceability matrix and measurements (CSV/XLSX), and one organisation's own data (AVG). */
@Module({
  controllers: [PlanExportController, OrganizationExportController],
  providers: [PlanExportService, OrganizationExportService, AdminOrganizationsResolver],
})
export class DataExportModule {}
