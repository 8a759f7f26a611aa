import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimitedError } from '@oogo/api-core';
import { DataSource } from 'typeorm';

/** Failed attempts allowed per window before further attempts are refused. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

/**
 * Rate limit on signing in, per account and per IP address, kept in PostgreSQL so it holds
 * across api instances and restarts.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(emailKey: string, ip: string): Promise<void> {
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email_key = $1)::int AS account,
              count(*) FILTER (WHERE ip = $2)::int AS address
         FROM login_attempt
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3)
          AND (email_key = $1 OR ip = $2)`,
      [emailKey, ip, LOGIN_LIMITS.windowMinutes],
    )) as [{ account: number; address: number }];
    if (counts.account >= LOGIN_LIMITS.perAccount || counts.address >= LOGIN_LIMITS.perAddress) {
      throw new RateLimitedError(LOGIN_LIMITS.windowMinutes * 60);
    }
  }

  async record(emailKey: string, ip: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO login_attempt (email_key, ip, succeeded) VALUES ($1, $2, $3)',
      [emailKey, ip, succeeded],
    );
  }
}
