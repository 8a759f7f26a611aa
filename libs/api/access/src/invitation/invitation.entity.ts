import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An invitation to a plan. A table for TypeORM so access rules can find the plan of an
 * invitation by its id (`revokeInvitation`); the service itself writes plain SQL.
 */
@ObjectType()
@Entity({ name: 'invitation' })
export class Invitation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Field({
    description:
      'Whether the link was mailed; false when no mail server is set up (it is in the log).',
  })
  mailed!: boolean;
}
