import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '@oogo/api-core';

/** A person who signs in; works for one or more organisations. */
@ObjectType()
@Entity({ name: 'app_user' })
export class User extends VersionedEntity {
  @Field()
  @Column({ type: 'text' })
  email!: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** argon2id hash; never leaves the server. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;
}

@Entity({ name: 'user_organization' })
export class UserOrganization {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'is_admin', type: 'boolean', default: false })
  isAdmin!: boolean;
}
