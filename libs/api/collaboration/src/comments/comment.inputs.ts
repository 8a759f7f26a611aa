import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Stage, STAGE_OF_ITEM } from '@oogo/shared-domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

export const MAX_BODY_LENGTH = 10_000;
export const MAX_MENTIONS = 50;

// Surrounding whitespace is not part of what someone said; a body of only spaces is empty.
const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

function Body(required: boolean) {
  return applyDecorators(
    Field(() => String, { nullable: !required, description: `1 to ${MAX_BODY_LENGTH} characters` }),
    trim,
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Length(1, MAX_BODY_LENGTH),
  );
}

function MentionUserIds() {
  return applyDecorators(
    Field(() => [ID], {
      nullable: true,
      description: 'The plan members @mentioned; each gets a notification.',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_MENTIONS),
    IsUUID('all', { each: true }),
  );
}

function Id(options: { nullable?: boolean } = {}) {
  return applyDecorators(
    Field(() => ID, { nullable: options.nullable ?? false }),
    ...(options.nullable ? [IsOptional()] : []),
    IsUUID('all'),
  );
}

function Version() {
  return applyDecorators(
    Field(() => Int),
    IsInt(),
    Min(1),
    Max(2_147_483_647),
  );
}

@InputType({
  description:
    'A new thread: on a bouwsteen (`stage`) or on an item (`targetType` and `targetId`).',
})
export class CreateCommentInput {
  @Id()
  planId!: string;

  @Field(() => Stage, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Stage))
  stage?: Stage | null;

  @Field(() => String, {
    nullable: true,
    description: 'The GraphQL type of the item, e.g. Activity.',
  })
  @IsOptional()
  @IsIn(Object.keys(STAGE_OF_ITEM), { message: 'targetType must be the type of a plan item' })
  targetType?: string | null;

  @Id({ nullable: true })
  targetId?: string | null;

  @Body(true)
  body!: string;

  @MentionUserIds()
  mentionUserIds?: string[] | null;
}

@InputType({ description: 'A reply; replying to a reply adds to the same thread.' })
export class ReplyToCommentInput {
  @Id()
  commentId!: string;

  @Body(true)
  body!: string;

  @MentionUserIds()
  mentionUserIds?: string[] | null;
}

@InputType({ description: 'Changes only the given fields of your own comment.' })
export class UpdateCommentInput {
  @Id()
  id!: string;

  @Version()
  version!: number;

  @Body(false)
  body?: string | null;

  @MentionUserIds()
  mentionUserIds?: string[] | null;
}

@InputType({ description: 'Which comment (or thread), and the version you last saw.' })
export class CommentVersionInput {
  @Id()
  id!: string;

  @Version()
  version!: number;
}

@InputType({
  description: 'Marks the comments on a bouwsteen (`stage`) or on an item (`targetId`) read.',
})
export class MarkCommentsReadInput {
  @Id()
  planId!: string;

  @Field(() => Stage, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Stage))
  stage?: Stage | null;

  @Id({ nullable: true })
  targetId?: string | null;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids!: string[];
}
