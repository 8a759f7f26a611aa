import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Access } from '../access/access-rule';
import type { Response } from 'express';
import { Health, HealthStatus } from './health.model';
import { HealthService } from './health.service';

/** Plain HTTP for load balancers and container health checks. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Access.public()
  async get(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const health = await this.health.check();
    response.status(
      health.status === HealthStatus.OK ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE,
    );
    return health;
  }
}
