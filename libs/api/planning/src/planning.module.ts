import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from './organization/organization.entity';

/** The six bouwstenen of the ontwikkelagenda and the organisations taking part. */
@Module({
  imports: [TypeOrmModule.forFeature([Organization])],
})
export class PlanningModule {}
