import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@oogo/api-core';
import {
  overWebSocket,
  startTestApi,
  TestApi,
  useTestDatabase,
  webSocketClient,
} from '@oogo/api-core/testing';
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

  it('applies the same rules to operations over WebSocket, with the session of the upgrade request', async () => {
    const { browser } = await signIn(api.url, database.url);
    const anonymous = webSocketClient(api.url);
    const member = webSocketClient(api.url, browser);
    try {
      expect(
        (await overWebSocket(anonymous, '{ membersOnly }')).errors?.[0]?.extensions?.['code'],
      ).toBe('UNAUTHENTICATED');
      expect((await overWebSocket(member, '{ forgotten }')).errors?.[0]?.extensions?.['code']).toBe(
        'FORBIDDEN',
      );
      expect((await overWebSocket(member, '{ membersOnly }')).data).toEqual({
        membersOnly: 'hello',
      });
    } finally {
      await anonymous.dispose();
      await member.dispose();
    }
  });

  it('asks anonymous callers to sign in, and lets signed-in ones through', async () => {
    const { graphql } = await signIn(api.url, database.url);

    expect((await api.graphql('{ membersOnly }')).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
    });
    expect((await graphql('{ membersOnly }')).data).toEqual({ membersOnly: 'hello' });
  });
});
