import { Field, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from '@oogo/shared-domain';
import { Column, Entity } from 'typeorm';
import '@oogo/api-core';
import { VersionedEntity } from '../common/versioned-entity';

/** A gemeente, schoolbestuur or partner taking part in plans. */
@ObjectType()
@Entity({ name: 'organization' })
export class Organization extends VersionedEntity {
  @Field(() => OrganizationKind)
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'CBS gemeentecode (GM0363) for a gemeente, bestuursnummer for a schoolbestuur.',
  })
  @Column({ type: 'text', nullable: true })
  code!: string | null;
}
