import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GapKind, Stage } from '@oogo/shared-domain';
import '@oogo/api-core';

// Read-only views computed from a PlanSnapshot (gaps.ts, completeness.ts, progress.ts).

/** The GraphQL types a gap can point at. */
export type GapItemType = 'SocietalResult' | 'ResultIndicator' | 'Activity';

@ObjectType({ description: 'A place where the chain from youth situation to outcome breaks.' })
export class Gap {
  @Field(() => GapKind)
  kind!: GapKind;

  @Field(() => Stage, { description: 'The bouwsteen where the gap is shown.' })
  stage!: Stage;

  @Field(() => String, { description: 'GraphQL type name of the item, e.g. SocietalResult.' })
  itemType!: GapItemType;

  @Field(() => ID)
  itemId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The CBS period concerned (e.g. 2024JJ00), where the gap is about a period.',
  })
  period!: string | null;
}

@ObjectType({ description: 'One thing a complete bouwsteen has, and whether this plan has it.' })
export class CompletenessReason {
  @Field({
    description: 'Stable UPPER_SNAKE code, e.g. INDICATORS_WITH_MEASUREMENTS; the web words it.',
  })
  code!: string;

  @Field()
  met!: boolean;

  @Field(() => Int, { description: 'Share of this reason in the score of its stage.' })
  weight!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'How many items qualify (of total for an "every …" reason).',
  })
  count!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many items there are, for an "every …" reason; null for a presence reason.',
  })
  total!: number | null;
}

@ObjectType({ description: 'How complete one bouwsteen of a plan is.' })
export class StageCompleteness {
  @Field(() => Stage)
  stage!: Stage;

  @Field(() => Int, { description: 'Weighted share of met reasons, 0–100.' })
  score!: number;

  @Field(() => [CompletenessReason])
  reasons!: CompletenessReason[];
}

@ObjectType({
  description:
    'Where an effect indicator stands against its target, from the yearly figures of the ' +
    'gemeenten in the region (quarters, months and the national figure NL01 do not count).',
})
export class IndicatorProgress {
  @Field(() => String, {
    nullable: true,
    description: 'The most recent year with a figure for any gemeente, e.g. 2024JJ00.',
  })
  latestPeriod!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the gemeente figures in the latest period.',
  })
  latestValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Where the straight path from baseline to target says the value should be in the latest ' +
      'period (the target itself after the target year).',
  })
  expectedValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(latest − baseline) / (target − baseline) × 100; below 0 when it went the wrong way, ' +
      'above 100 beyond the target. Null without a figure from the baseline year on.',
  })
  progressPct!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the latest value is at least as good as expected, with a tolerance of 2% of ' +
      'the distance from baseline to target. Null without a figure from the baseline year on.',
  })
  onTrack!: boolean | null;

  @Field(() => Int, { description: 'How many gemeenten have a figure in the latest period.' })
  areaCount!: number;
}
