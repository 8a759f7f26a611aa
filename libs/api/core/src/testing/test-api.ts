import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { secureHttp } from '../http/secure-http';
import { loadConfig } from '../config/app-config';
import { CoreModule } from '../core.module';

export interface GraphqlError {
  message: string;
  extensions: Record<string, unknown>;
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

export type GraphqlRequest = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphqlResponse<T>>;

/** POSTs GraphQL documents to `url` the way a browser does. */
export function graphqlRequester(url: string): GraphqlRequest {
  return browserSession(url).graphql;
}

export interface BrowserSession {
  graphql: GraphqlRequest;
  /** The cookies this "browser" holds, by name. */
  cookies: Map<string, string>;
  /** The Set-Cookie headers of the last response. */
  lastSetCookies: string[];
}

/** Like a browser tab: keeps the cookies the api sets and sends them back. */
export function browserSession(url: string): BrowserSession {
  const session: BrowserSession = {
    cookies: new Map(),
    lastSetCookies: [],
    graphql: async (query, variables) => {
      const cookie = [...session.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      session.lastSetCookies = response.headers.getSetCookie();
      for (const header of session.lastSetCookies) {
        const [pair = '', ...attributes] = header.split(';');
        const [name = '', value = ''] = pair.split('=');
        const expired = attributes.some((attribute) => /expires=Thu, 01 Jan 1970/i.test(attribute));
        if (expired || value === '') session.cookies.delete(name.trim());
        else session.cookies.set(name.trim(), value);
      }
      const body = (await response.json()) as Omit<GraphqlResponse<never>, 'status'>;
      return { status: response.status, ...body } as never;
    },
  };
  return session;
}

export interface TestApi {
  app: INestApplication;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  graphql: GraphqlRequest;
  close(): Promise<void>;
}

/**
 * The api's core (GraphQL, errors, validation, database) plus the given domain modules, on a
 * test database, listening on a free port: resolver tests go over real HTTP.
 */
export async function startTestApi(
  databaseUrl: string,
  imports: (Type<unknown> | DynamicModule)[],
  env: NodeJS.ProcessEnv = { NODE_ENV: 'test' },
): Promise<TestApi> {
  const config = loadConfig(env);
  @Module({ imports: [CoreModule.forRoot({ config, databaseUrl }), ...imports] })
  class TestApiModule {}
  const app = await NestFactory.create<NestExpressApplication>(TestApiModule, {
    logger: false,
    bodyParser: false,
  });
  secureHttp(app);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;
  return { app, url, graphql: graphqlRequester(url), close: () => app.close() };
}
