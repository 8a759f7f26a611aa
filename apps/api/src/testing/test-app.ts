import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@oogo/api-core';
import { createApp } from '../app/create-app';

export interface TestApp {
  app: NestExpressApplication;
  /** http://127.0.0.1:<port> of the listening app */
  baseUrl: string;
  /** POSTs a GraphQL document over HTTP, the way a browser does. */
  graphql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export interface GraphqlResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/** The real api (same module graph as `main.ts`) on a test database, listening on a free port. */
export async function startTestApp(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const app = await createApp({ config, databaseUrl }, false);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as GraphqlResponse<T>['body'],
      };
    },
    close: () => app.close(),
  };
}
