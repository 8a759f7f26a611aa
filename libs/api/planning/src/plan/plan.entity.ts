import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PlanStatus } from '@oogo/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import '@oogo/api-core';
import { VersionedEntity } from '../common/versioned-entity';

/** An ontwikkelagenda: the plan gemeenten, schoolbesturen and partners agree in OOGO. */
@ObjectType()
@Entity({ name: 'plan' })
export class Plan extends VersionedEntity {
  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'The region the plan is for, e.g. "Regio Noorderveen".' })
  @Column({ type: 'text' })
  region!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => Int)
  @Column({ name: 'period_start_year', type: 'integer' })
  periodStartYear!: number;

  @Field(() => Int)
  @Column({ name: 'period_end_year', type: 'integer' })
  periodEndYear!: number;

  @Field(() => PlanStatus)
  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.DRAFT })
  status!: PlanStatus;
}

/** An organisation taking part in a plan (a link row). */
@Entity({ name: 'plan_organization' })
export class PlanOrganization {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
