import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An editable row: updates are conditional on `version` (see DESIGN.md, Writes). */
@ObjectType({ isAbstract: true })
export abstract class VersionedEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, {
    description:
      'Send this back with an update or delete; if someone changed the item since, you get CONFLICT.',
  })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
