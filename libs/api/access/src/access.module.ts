import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuditTrailResolver } from './audit-trail.resolver';
import { Invitation } from './invitation/invitation.entity';
import { InvitationResolver } from './invitation/invitation.resolver';
import { InvitationService } from './invitation/invitation.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SignInOptionsResolver } from './oidc/sign-in-options.resolver';
import { OrganizationPeopleResolver } from './organization-people.resolver';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { SessionService } from './auth/session.service';
import { Mailer } from './mail/mailer';
import { User, UserOrganization } from './user.entity';

/** Who someone is and what they may do: accounts, sign-in, sessions and the access guard. */
@Module({
  imports: [TypeOrmModule.forFeature([User, UserOrganization, Invitation])],
  controllers: [OidcController],
  providers: [
    AuditTrailResolver,
    InvitationResolver,
    InvitationService,
    OrganizationPeopleResolver,
    AuthService,
    AuthResolver,
    LoginThrottle,
    Mailer,
    SessionService,
    OidcService,
    SignInOptionsResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionService],
})
export class AccessModule {}
