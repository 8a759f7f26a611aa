import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@oogo/api-core';
import { GraphqlRequest, graphqlRequester } from '@oogo/api-core/testing';
import { createApp } from '../app/create-app';

export interface TestApp {
  app: NestExpressApplication;
  /** http://127.0.0.1:<port> of the listening app */
  baseUrl: string;
  graphql: GraphqlRequest;
  close(): Promise<void>;
}

/** The real api (same module graph as `main.ts`) on a test database, listening on a free port. */
export async function startTestApp(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const app = await createApp({ config, databaseUrl }, false);
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  return {
    app,
    baseUrl,
    graphql: graphqlRequester(`${baseUrl}/graphql`),
    close: () => app.close(),
  };
}
