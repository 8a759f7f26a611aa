import { Module } from '@nestjs/common';
import {
  Args,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { ArrayMaxSize, IsInt } from 'class-validator';
import type { Client } from 'graphql-ws';
import { startTestApi, TestApi } from '../testing/test-api';
import { overWebSocket, webSocketClient } from '../testing/test-websocket';
import { useTestDatabase } from '../testing/test-database';
import { DOCUMENT_LIMITS } from './document-limits';

@ObjectType()
class ProbeNode {
  @Field()
  name!: string;

  @Field(() => ProbeNode, { nullable: true })
  child?: ProbeNode;

  @Field(() => [ProbeNode])
  children!: ProbeNode[];
}

@InputType()
class ProbeListInput {
  @Field(() => [Int])
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  items!: number[];
}

const node = (): ProbeNode => ({ name: 'n', child: undefined, children: [] });

@Resolver()
class ProbeResolver {
  @Query(() => ProbeNode)
  probeNode(): ProbeNode {
    return node();
  }

  @Query(() => String)
  echo(@Args('text') text: string): string {
    return text;
  }

  @Mutation(() => Int)
  sum(@Args('input') input: ProbeListInput): number {
    return input.items.reduce((total, item) => total + item, 0);
  }
}

@Module({ providers: [ProbeResolver] })
class ProbeModule {}

const nest = (depth: number): string => (depth === 0 ? 'name' : `child { ${nest(depth - 1)} }`);

/** Hostile documents and the reason each must be refused for (extensions.reason or message). */
const corpus: {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  expect: RegExp;
}[] = [
  { name: 'deep nesting', query: `{ probeNode { ${nest(40)} } }`, expect: /depth limit/i },
  {
    name: 'alias bomb',
    query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: echo(text: "x")`).join(' ')} }`,
    expect: /aliases/i,
  },
  {
    name: 'token bomb',
    query: `{ ${Array.from({ length: DOCUMENT_LIMITS.maxTokens }, () => '__typename').join(' ')} }`,
    expect: /tokens/i,
  },
  {
    name: 'directive bomb',
    query: `{ echo(text: "x") ${Array.from({ length: 60 }, () => '@skip(if: false)').join(' ')} }`,
    expect: /directive/i,
  },
  {
    name: 'circular fragments',
    query:
      'query { probeNode { ...A } } fragment A on ProbeNode { child { ...B } } fragment B on ProbeNode { child { ...A } }',
    expect: /cannot spread fragment/i,
  },
  { name: 'unknown field', query: '{ secrets }', expect: /cannot query field/i },
  { name: 'syntax error', query: '{ echo(text: "x" ', expect: /syntax error/i },
  {
    name: 'wrongly typed variable',
    query: 'query ($text: String!) { echo(text: $text) }',
    variables: { text: { nested: true } },
    expect: /variable/i,
  },
  {
    name: 'variable of the wrong declared type',
    query: 'query ($text: Int!) { echo(text: $text) }',
    variables: { text: 1 },
    expect: /variable/i,
  },
  {
    name: 'oversized list',
    query: 'mutation ($input: ProbeListInput!) { sum(input: $input) }',
    variables: { input: { items: Array.from({ length: 10_000 }, (_, i) => i) } },
    expect: /items/i,
  },
];

const database = useTestDatabase();

describe('hostile GraphQL documents', () => {
  let api: TestApi;
  let ws: Client;

  beforeAll(async () => {
    api = await startTestApi(database.url, [ProbeModule], { NODE_ENV: 'production' });
    ws = webSocketClient(api.url);
  });

  afterAll(async () => {
    await ws?.dispose();
    await api?.close();
  });

  describe.each([
    ['HTTP', (query: string, variables?: Record<string, unknown>) => api.graphql(query, variables)],
    [
      'WebSocket',
      (query: string, variables?: Record<string, unknown>) => overWebSocket(ws, query, variables),
    ],
  ])('over %s', (_transport, send) => {
    it.each(corpus)(
      'refuses $name with BAD_USER_INPUT and keeps serving',
      async ({ query, variables, expect: reason }) => {
        const response = await send(query, variables);

        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(response.errors)).toMatch(reason);
        expect((await send('{ echo(text: "still here") }')).data).toEqual({ echo: 'still here' });
      },
    );

    it('hides field suggestions in production', async () => {
      const response = await send('{ ech(text: "x") }');

      expect(response.errors?.[0]?.message).not.toMatch(/did you mean/i);
    });
  });

  describe('over HTTP only', () => {
    const post = (body: string | Buffer, contentType = 'application/json') =>
      fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });

    it('refuses a body over the size limit', async () => {
      const response = await post(
        JSON.stringify({ query: `{ echo(text: "${'x'.repeat(2_000_000)}") }` }),
      );

      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' } }],
      });
    });

    it('refuses a body that is not JSON, including invalid UTF-8', async () => {
      const response = await post(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x7d]));

      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
      });
    });

    it('refuses batched operations', async () => {
      const response = await post(
        JSON.stringify([{ query: '{ echo(text: "a") }' }, { query: '{ echo(text: "b") }' }]),
      );

      expect(response.status).toBe(400);
    });

    it('refuses a simple form POST (CSRF)', async () => {
      const response = await post(
        'query=%7B%20echo(text%3A%20%22x%22)%20%7D',
        'application/x-www-form-urlencoded',
      );

      expect(response.status).toBe(400);
    });

    it('sends security headers', async () => {
      const response = await post(JSON.stringify({ query: '{ echo(text: "x") }' }));

      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });
});
