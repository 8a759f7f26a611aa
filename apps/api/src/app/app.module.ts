import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@oogo/api-access';
import { CollaborationModule } from '@oogo/api-collaboration';
import { CoreModule, CoreModuleOptions } from '@oogo/api-core';
import { PlanningModule } from '@oogo/api-planning';

@Module({})
export class AppModule {
  static register(options: CoreModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(options), AccessModule, PlanningModule, CollaborationModule],
    };
  }
}
