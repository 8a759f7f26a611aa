import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnauthenticatedError } from '@oogo/api-core';
import { DataSource } from 'typeorm';
import { User } from '../user.entity';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import { SessionService } from './session.service';

/** One answer for an unknown address and a wrong password: nothing to learn from it. */
export const LOGIN_FAILED = 'E-mail address or password is incorrect';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(
    email: string,
    password: string,
    ip: string,
    requestId?: string,
  ): Promise<{ user: User; token: string; expiresAt: Date }> {
    const emailKey = email.trim().toLowerCase();
    await this.throttle.check(emailKey, ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = :emailKey', { emailKey })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash, password);
    await this.throttle.record(emailKey, ip, valid);
    if (!user || !valid) throw new UnauthenticatedError(LOGIN_FAILED);
    const { passwordHash: _hash, ...publicUser } = user;
    return {
      user: publicUser as User,
      ...(await this.sessions.start(user.id, { method: 'PASSWORD', requestId })),
    };
  }
}
