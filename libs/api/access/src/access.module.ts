import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { SessionService } from './auth/session.service';
import { User, UserOrganization } from './user.entity';

/** Who someone is: accounts, sign-in and sessions. */
@Module({
  imports: [TypeOrmModule.forFeature([User, UserOrganization])],
  providers: [AuthService, AuthResolver, LoginThrottle, SessionService],
  exports: [SessionService],
})
export class AccessModule {}
