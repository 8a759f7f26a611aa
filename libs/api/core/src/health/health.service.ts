import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseStatus, Health, HealthStatus } from './health.model';

const DATABASE_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(): Promise<Health> {
    const database = await this.checkDatabase();
    return {
      status: database === DatabaseStatus.UP ? HealthStatus.OK : HealthStatus.DEGRADED,
      database,
    };
  }

  private async checkDatabase(): Promise<DatabaseStatus> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database check timed out')), DATABASE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return DatabaseStatus.UP;
    } catch {
      return DatabaseStatus.DOWN;
    } finally {
      clearTimeout(timer);
    }
  }
}
