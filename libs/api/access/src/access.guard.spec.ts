import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@oogo/api-core';
import { startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { AccessModule } from './access.module';
import { signIn } from './testing/sign-in';

@Resolver()
class ProbeResolver {
  @Query(() => String)
  forgotten(): string {
    return 'secret';
  }

  @Access.signedIn()
  @Query(() => String)
  membersOnly(): string {
    return 'hello';
  }
}

@Module({ providers: [ProbeResolver] })
class ProbeModule {}

const database = useTestDatabase();

describe('the access guard', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, ProbeModule]);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses an operation that declares no rule, even to a signed-in person', async () => {
    const { graphql } = await signIn(api.url, database.url);

    const response = await graphql('{ forgotten }');

    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('asks anonymous callers to sign in, and lets signed-in ones through', async () => {
    const { graphql } = await signIn(api.url, database.url);

    expect((await api.graphql('{ membersOnly }')).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
    });
    expect((await graphql('{ membersOnly }')).data).toEqual({ membersOnly: 'hello' });
  });
});
