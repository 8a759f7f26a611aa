import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '../access/access-rule';
import { Health } from './health.model';
import { HealthService } from './health.service';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Access.public()
  @Query(() => Health, { description: 'Whether the api and its database can serve requests.' })
  health(): Promise<Health> {
    return this.healthService.check();
  }
}
