import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { postgresOptions } from './postgres-options';

/** TypeORM on an already migrated database; entities come from each domain module's `forFeature`. */
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...postgresOptions(url), autoLoadEntities: true })],
    };
  }
}
