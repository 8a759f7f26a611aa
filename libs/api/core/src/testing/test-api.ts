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
  return async (query, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResponse<never>, 'status'>;
    return { status: response.status, ...body } as never;
  };
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
