import { Inject } from '@nestjs/common';
import { Args, Context, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { Access, actorOf, APP_CONFIG, requestIdOf } from '@oogo/api-core';
import type { AppConfig } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { sessionToken, setSessionCookie } from '../auth/session-cookie';
import { SessionService } from '../auth/session.service';
import { User } from '../user.entity';
import { Invitation } from './invitation.entity';
import { InvitationService } from './invitation.service';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all')
  planId!: string;

  @Field(() => ID, { description: 'The participating organisation the person will act for.' })
  @IsUUID('all')
  organizationId!: string;

  @Field()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field(() => PlanRole)
  @IsIn(Object.values(PlanRole))
  role!: PlanRole;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(20, 200)
  token!: string;

  @Field(() => String, { nullable: true, description: 'For a new account.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a new account: at least 12 characters.',
  })
  @IsOptional()
  @IsString()
  @Length(12, 1000)
  password?: string;
}

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access.planRole(PlanRole.COORDINATOR, { planIdAt: 'input.planId' })
  @Mutation(() => Invitation, {
    description: 'Invites someone by e-mail; the single-use link expires after 7 days.',
  })
  inviteMember(
    @Args('input') input: InviteMemberInput,
    @Context() context: HttpContext,
  ): Promise<Invitation> {
    return this.invitations.invite(input, actorOf(context));
  }

  @Access.planRole(PlanRole.COORDINATOR, { itemIdAt: 'input.id', item: Invitation })
  @Mutation(() => ID, {
    description:
      'Takes back an invitation that was not accepted yet: its link stops working. Returns its id.',
  })
  revokeInvitation(
    @Args('input') input: RevokeInvitationInput,
    @Context() context: HttpContext,
  ): Promise<string> {
    return this.invitations.revoke(input.id, actorOf(context));
  }

  @Access.public()
  @Mutation(() => User, { description: 'Joins the plan of an invitation; signs a new account in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() { req, res }: HttpContext,
  ): Promise<User> {
    const signedIn = await this.sessions.userFor(sessionToken(req));
    const { user, session } = await this.invitations.accept(input, signedIn, requestIdOf(req));
    if (session)
      setSessionCookie(
        res,
        session.token,
        session.expiresAt,
        this.config.environment === 'production',
      );
    return (await this.sessions.userFor(session?.token ?? sessionToken(req))) ?? (user as User);
  }
}
