import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { BetterDirection, ReflectionQuestion } from '@oogo/shared-domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import '@oogo/api-core';
import { PlanItem } from '../common/versioned-entity';

// Bouwsteen 1: staat van de jeugd.

/** A figure that describes the youth situation, e.g. "Jongeren met jeugdhulp" in %. */
@ObjectType()
@Entity({ name: 'indicator' })
export class Indicator extends PlanItem {
  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'e.g. %, per 1.000 leerlingen, aantal' })
  @Column({ type: 'text' })
  unit!: string;

  @Field({ description: 'Where the figures come from, e.g. a CBS StatLine table id.' })
  @Column({ type: 'text', default: '' })
  source!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => BetterDirection)
  @Column({
    name: 'better_direction',
    type: 'enum',
    enum: BetterDirection,
    enumName: 'better_direction',
  })
  betterDirection!: BetterDirection;
}

/** One value of an indicator for one area and period. */
@ObjectType()
@Entity({ name: 'measurement' })
export class Measurement extends PlanItem {
  @Field(() => ID)
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @Field({ description: 'CBS gemeentecode (GM0363), or NL01 for the Netherlands.' })
  @Column({ name: 'area_code', type: 'text' })
  areaCode!: string;

  @Field({ description: 'CBS period code: 2023JJ00 (year), 2023KW01 (quarter), 2023MM03 (month).' })
  @Column({ type: 'text' })
  period!: string;

  @Field({ description: 'First day of the period (YYYY-MM-DD).' })
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD).' })
  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value!: number;

  @Field()
  @Column({ type: 'text', default: '' })
  source!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the figure was published or measured.',
  })
  @Column({ name: 'measured_on', type: 'date', nullable: true })
  measuredOn!: string | null;
}

/** A qualitative signal or story from practice. */
@ObjectType()
@Entity({ name: 'signal' })
export class Signal extends PlanItem {
  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field({ description: 'Who noticed it: a jongerenwerker, ouders, a mentor …' })
  @Column({ name: 'raised_by', type: 'text', default: '' })
  raisedBy!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'observed_on', type: 'date', nullable: true })
  observedOn!: string | null;
}

/** A joint analysis of a theme: which figures and signals, and each party's answers. */
@ObjectType()
@Entity({ name: 'analysis' })
export class Analysis extends PlanItem {
  @Field()
  @Column({ type: 'text' })
  theme!: string;

  @Field()
  @Column({ type: 'text', default: '' })
  summary!: string;
}

@Entity({ name: 'analysis_indicator' })
export class AnalysisIndicator {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @PrimaryColumn({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;
}

@Entity({ name: 'analysis_signal' })
export class AnalysisSignal {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @PrimaryColumn({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @PrimaryColumn({ name: 'signal_id', type: 'uuid' })
  signalId!: string;
}

/** One party's answer to one of the four questions, in an analysis or a learning review. */
@ObjectType()
@Entity({ name: 'reflection_answer' })
export class ReflectionAnswer extends PlanItem {
  @Field(() => ID, { nullable: true })
  @Column({ name: 'analysis_id', type: 'uuid', nullable: true })
  analysisId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'learning_review_id', type: 'uuid', nullable: true })
  learningReviewId!: string | null;

  @Field(() => ID)
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => ReflectionQuestion)
  @Column({ type: 'enum', enum: ReflectionQuestion, enumName: 'reflection_question' })
  question!: ReflectionQuestion;

  @Field()
  @Column({ type: 'text' })
  answer!: string;
}
