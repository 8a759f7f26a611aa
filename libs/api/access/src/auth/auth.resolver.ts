import { Inject } from '@nestjs/common';
import { Args, Context, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, APP_CONFIG, requestIdOf } from '@oogo/api-core';
import type { AppConfig } from '@oogo/api-core';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { User } from '../user.entity';
import { AuthService } from './auth.service';
import { clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  password!: string;
}

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => User)
@Access.public()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in person, or null.' })
  viewer(@Context() { req }: HttpContext): Promise<User | null> {
    return this.sessions.userFor(sessionToken(req));
  }

  @Mutation(() => User, { description: 'Signs in; the session travels in an httpOnly cookie.' })
  async login(
    @Args('input') input: LoginInput,
    @Context() { req, res }: HttpContext,
  ): Promise<User> {
    const { user, token, expiresAt } = await this.auth.login(
      input.email,
      input.password,
      req.ip ?? 'unknown',
      requestIdOf(req),
    );
    setSessionCookie(res, token, expiresAt, this.secureCookies);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends the session on the server and in the browser.' })
  async logout(@Context() { req, res }: HttpContext): Promise<boolean> {
    await this.sessions.revoke(sessionToken(req), requestIdOf(req));
    clearSessionCookie(res, this.secureCookies);
    return true;
  }

  private get secureCookies(): boolean {
    return this.config.environment === 'production';
  }
}
