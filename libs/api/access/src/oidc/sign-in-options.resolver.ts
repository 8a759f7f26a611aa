import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@oogo/api-core';
import { OidcService } from './oidc.service';

@ObjectType({ description: 'How people can sign in here, for the sign-in page.' })
export class SignInOptions {
  @Field({ description: 'Whether people can sign in with their organisation’s account.' })
  singleSignOn!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Where the browser goes to sign in with the organisation; null without it.',
  })
  singleSignOnUrl!: string | null;
}

@Resolver(() => SignInOptions)
export class SignInOptionsResolver {
  constructor(private readonly sso: OidcService) {}

  // Public: the sign-in page asks before anyone is signed in.
  @Access.public()
  @Query(() => SignInOptions, { description: 'How people can sign in here.' })
  signInOptions(): SignInOptions {
    return { singleSignOn: this.sso.enabled, singleSignOnUrl: this.sso.startUrl };
  }
}
