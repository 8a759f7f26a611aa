import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TargetDirection, TargetKind } from '@oogo/shared-domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import '@oogo/api-core';
import { PlanItem } from '../common/versioned-entity';

// Bouwsteen 2: maatschappelijke resultaten.

/** The desired situation for children and young people, to work towards in the long term. */
@ObjectType()
@Entity({ name: 'societal_result' })
export class SocietalResult extends PlanItem {
  @Field()
  @Column({ type: 'text' })
  statement!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;
}

@Entity({ name: 'societal_result_analysis' })
export class SocietalResultAnalysis {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @PrimaryColumn({ name: 'societal_result_id', type: 'uuid' })
  societalResultId!: string;

  @PrimaryColumn({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;
}

/** An effect indicator of a result: where it stands (baseline) and where it should go (target). */
@ObjectType()
@Entity({ name: 'result_indicator' })
export class ResultIndicator extends PlanItem {
  @Field(() => ID)
  @Column({ name: 'societal_result_id', type: 'uuid' })
  societalResultId!: string;

  @Field(() => ID)
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @Field(() => Float)
  @Column({ name: 'baseline_value', type: 'double precision' })
  baselineValue!: number;

  @Field(() => Int)
  @Column({ name: 'baseline_year', type: 'integer' })
  baselineYear!: number;

  @Field(() => Float)
  @Column({ name: 'target_value', type: 'double precision' })
  targetValue!: number;

  @Field(() => Int)
  @Column({ name: 'target_year', type: 'integer' })
  targetYear!: number;

  @Field(() => TargetKind, { description: 'NORM (a level to reach) or AMBITION (streven).' })
  @Column({ name: 'target_kind', type: 'enum', enum: TargetKind, enumName: 'target_kind' })
  targetKind!: TargetKind;

  @Field(() => TargetDirection)
  @Column({ type: 'enum', enum: TargetDirection, enumName: 'target_direction' })
  direction!: TargetDirection;
}
