import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@oogo/api-access';
import { AgendaExportModule } from '@oogo/api-agenda-export';
import { CollaborationModule } from '@oogo/api-collaboration';
import { CoreModule, CoreModuleOptions } from '@oogo/api-core';
import { DataExportModule } from '@oogo/api-data-export';
import { FigureImportModule } from '@oogo/api-figure-import';
import { PlanningModule } from '@oogo/api-planning';

@Module({})
export class AppModule {
  static register(options: CoreModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        AccessModule,
        PlanningModule,
        CollaborationModule,
        FigureImportModule,
        AgendaExportModule,
        DataExportModule,
      ],
    };
  }
}
