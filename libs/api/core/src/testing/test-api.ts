import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServer } from 'node:net';
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
      keepCookies(session.cookies, session.lastSetCookies);
      const body = (await response.json()) as Omit<GraphqlResponse<never>, 'status'>;
      return { status: response.status, ...body } as never;
    },
  };
  return session;
}

/** Applies Set-Cookie headers to a browser's cookies by name (paths and expiry dates aside). */
export function keepCookies(cookies: Map<string, string>, setCookieHeaders: string[]): void {
  for (const header of setCookieHeaders) {
    const [pair = '', ...attributes] = header.split(';');
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    const expired = attributes.some((attribute) => /expires=Thu, 01 Jan 1970/i.test(attribute));
    if (expired || value === '') cookies.delete(name.trim());
    else cookies.set(name.trim(), value);
  }
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
 * test database, listening on a free port: resolver tests go over real HTTP. When the
 * environment depends on that port (e.g. PUBLIC_URL), pass a function of it.
 */
export async function startTestApi(
  databaseUrl: string,
  imports: (Type<unknown> | DynamicModule)[],
  env: NodeJS.ProcessEnv | ((port: number) => NodeJS.ProcessEnv | Promise<NodeJS.ProcessEnv>) = {
    NODE_ENV: 'test',
  },
): Promise<TestApi> {
  const port = typeof env === 'function' ? await freePort() : 0;
  const config = loadConfig(typeof env === 'function' ? await env(port) : env);
  @Module({ imports: [CoreModule.forRoot({ config, databaseUrl }), ...imports] })
  class TestApiModule {}
  const app = await NestFactory.create<NestExpressApplication>(TestApiModule, {
    logger: false,
    bodyParser: false,
  });
  secureHttp(app);
  await app.listen(port, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;
  return { app, url, graphql: graphqlRequester(url), close: () => app.close() };
}

/** A port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
