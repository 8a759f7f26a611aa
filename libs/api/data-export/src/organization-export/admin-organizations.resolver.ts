import { Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Access, actorOf } from '@oogo/api-core';
import { Organization } from '@oogo/api-planning';
import { DataSource } from 'typeorm';

/**
 * The organisations the signed-in person is an admin of: the web offers their AVG download
 * (and only to them, as the route allows only them).
 */
@Resolver()
export class AdminOrganizationsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Access.signedIn()
  @Query(() => [Organization], {
    description: 'The organisations you are an admin of, by name.',
  })
  adminOrganizations(@Context() context: object): Promise<Organization[]> {
    return this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .innerJoin('user_organization', 'uo', 'uo.organization_id = o.id AND uo.is_admin')
      .where('uo.user_id = :userId', { userId: actorOf(context)?.userId })
      .orderBy('o.name')
      .addOrderBy('o.id')
      .getMany();
  }
}
