import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { PlanItem } from '../common/versioned-entity';

/** Bouwsteen 5: the direct effect of an activity in one period, on the three outcome criteria. */
@ObjectType()
@Entity({ name: 'outcome_measurement' })
export class OutcomeMeasurement extends PlanItem {
  @Field(() => ID)
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Field({ description: 'CBS period code: 2023JJ00 (year), 2023KW01 (quarter), 2023MM03 (month).' })
  @Column({ type: 'text' })
  period!: string;

  @Field()
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Field()
  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'doelrealisatie, % of clients whose goals were reached',
  })
  @Column({ name: 'goal_realisation_pct', type: 'double precision', nullable: true })
  goalRealisationPct!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'beëindiging volgens plan, % of trajectories ended as planned (the opposite of uitval)',
  })
  @Column({ name: 'planned_termination_pct', type: 'double precision', nullable: true })
  plannedTerminationPct!: number | null;

  @Field(() => Float, { nullable: true, description: 'cliënttevredenheid, % satisfied' })
  @Column({ name: 'client_satisfaction_pct', type: 'double precision', nullable: true })
  clientSatisfactionPct!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  respondents!: number | null;

  @Field()
  @Column({ type: 'text', default: '' })
  note!: string;
}
