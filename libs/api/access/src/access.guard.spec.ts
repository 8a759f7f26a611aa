import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@oogo/api-core';
import { browserSession, startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
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

  /** A graphql-ws client whose upgrade request carries the cookies of a signed-in browser. */
  function webSocket(cookie?: string): Client {
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    }
    return createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: CookieWebSocket,
      retryAttempts: 0,
    });
  }

  function overWebSocket(client: Client, query: string) {
    return new Promise<{ data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }>(
      (resolve) => {
        let result = {};
        client.subscribe(
          { query },
          {
            next: (value) => (result = value),
            error: (errors) => resolve({ errors: errors as never }),
            complete: () => resolve(result),
          },
        );
      },
    );
  }

  it('applies the same rules to operations over WebSocket, with the session of the upgrade request', async () => {
    const signedIn = browserSession(api.url);
    const { user } = await signIn(api.url, database.url);
    await signedIn.graphql('mutation ($input: LoginInput!) { login(input: $input) { id } }', {
      input: { email: user.email, password: user.password },
    });
    const anonymous = webSocket();
    const member = webSocket(`oogo_session=${signedIn.cookies.get('oogo_session') as string}`);
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
