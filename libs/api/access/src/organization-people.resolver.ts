import {
  Args,
  Context,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Access, actorOf, BadUserInputError, recordAudit } from '@oogo/api-core';
import { IsBoolean, IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';

@ObjectType({ description: 'A person who works for an organisation.' })
export class OrganizationPerson {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field({ description: 'Admins manage the organisation and its people.' })
  isAdmin!: boolean;
}

@InputType()
export class AddOrganizationPersonInput {
  @Field(() => ID)
  @IsUUID('all')
  organizationId!: string;

  @Field({ description: 'The e-mail address of an existing account.' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;
}

@InputType()
export class RemoveOrganizationPersonInput {
  @Field(() => ID)
  @IsUUID('all')
  organizationId!: string;

  @Field(() => ID)
  @IsUUID('all')
  userId!: string;
}

const PEOPLE_SQL = `SELECT u.id AS "userId", u.display_name AS "displayName", u.email, uo.is_admin AS "isAdmin"
  FROM user_organization uo JOIN app_user u ON u.id = uo.user_id
 WHERE uo.organization_id = $1 ORDER BY u.display_name, u.id`;

/** Organisation admins manage who works for their organisation (and who else is admin). */
@Resolver(() => OrganizationPerson)
export class OrganizationPeopleResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Access.organizationAdmin('organizationId')
  @Query(() => [OrganizationPerson])
  organizationPeople(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<OrganizationPerson[]> {
    return this.dataSource.query(PEOPLE_SQL, [organizationId]);
  }

  @Access.organizationAdmin('input.organizationId')
  @Mutation(() => [OrganizationPerson], {
    description: 'Adds an existing account, or changes whether it is admin.',
  })
  addOrganizationPerson(
    @Args('input') input: AddOrganizationPersonInput,
    @Context() context: object,
  ): Promise<OrganizationPerson[]> {
    return this.dataSource.transaction(async (manager) => {
      const [user] = (await manager.query(
        'SELECT id FROM app_user WHERE lower(email) = lower($1)',
        [input.email],
      )) as {
        id: string;
      }[];
      if (!user) {
        throw new BadUserInputError(
          'There is no account with that e-mail address; invite the person to a plan',
          {
            email: ['no account'],
          },
        );
      }
      await manager.query(
        `INSERT INTO user_organization (user_id, organization_id, is_admin) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, organization_id) DO UPDATE SET is_admin = EXCLUDED.is_admin`,
        [user.id, input.organizationId, input.isAdmin ?? false],
      );
      await recordAudit(manager, actorOf(context), {
        planId: null,
        entity: 'OrganizationPerson',
        entityId: user.id,
        action: 'UPDATE',
        before: null,
        after: { organizationId: input.organizationId, isAdmin: input.isAdmin ?? false },
      });
      return manager.query(PEOPLE_SQL, [input.organizationId]);
    });
  }

  @Access.organizationAdmin('input.organizationId')
  @Mutation(() => [OrganizationPerson], { description: 'Removes a person; the last admin stays.' })
  removeOrganizationPerson(
    @Args('input') input: RemoveOrganizationPersonInput,
    @Context() context: object,
  ): Promise<OrganizationPerson[]> {
    return this.dataSource.transaction(async (manager) => {
      // Lock the organisation's people so two admins cannot remove each other at once.
      const people = (await manager.query(
        'SELECT user_id AS "userId", is_admin AS "isAdmin" FROM user_organization WHERE organization_id = $1 FOR UPDATE',
        [input.organizationId],
      )) as { userId: string; isAdmin: boolean }[];
      const admins = people.filter((person) => person.isAdmin);
      if (admins.length === 1 && admins[0]?.userId === input.userId) {
        throw new BadUserInputError('An organisation keeps at least one admin', {
          userId: ['the last admin'],
        });
      }
      await manager.query(
        'DELETE FROM user_organization WHERE organization_id = $1 AND user_id = $2',
        [input.organizationId, input.userId],
      );
      await recordAudit(manager, actorOf(context), {
        planId: null,
        entity: 'OrganizationPerson',
        entityId: input.userId,
        action: 'DELETE',
        before: { organizationId: input.organizationId },
        after: null,
      });
      return manager.query(PEOPLE_SQL, [input.organizationId]);
    });
  }
}
