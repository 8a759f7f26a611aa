import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Stage } from '@oogo/shared-domain';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

@ObjectType({ description: 'Someone with the plan open: where they are and what they edit.' })
export class PresentPerson {
  @Field(() => ID, { description: 'One per open tab or device.' })
  clientId!: string;

  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => Stage, { nullable: true, description: 'The bouwsteen they look at.' })
  stage!: Stage | null;

  @Field(() => ID, { nullable: true, description: 'The item they have open.' })
  itemId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The field they are typing in: others should wait or talk first.',
  })
  field!: string | null;

  @Field()
  since!: Date;
}

@ObjectType({ description: 'Everyone in the plan right now; sent again whenever it changes.' })
export class PlanPresence {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, {
    description: 'Your own client id: pass it to `updatePresence` (at least every 20 seconds).',
  })
  clientId!: string;

  @Field(() => [PresentPerson])
  people!: PresentPerson[];
}

@InputType()
export class UpdatePresenceInput {
  @Field(() => ID)
  @IsUUID('all')
  planId!: string;

  @Field(() => ID)
  @IsUUID('all')
  clientId!: string;

  @Field(() => Stage, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Stage))
  stage?: Stage | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  itemId?: string | null;

  @Field(() => String, { nullable: true, description: 'A field name of the open item.' })
  @IsOptional()
  @Matches(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/, { message: 'field must be a field name' })
  field?: string | null;
}
