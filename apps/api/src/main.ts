import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import {
  AppConfig,
  ConfigError,
  loadConfig,
  RunningDatabase,
  runMigrations,
  startDatabase,
} from '@oogo/api-core';
import { seedDemoUsers } from '@oogo/api-access';
import { seedDemoData } from '@oogo/api-planning';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app/create-app';

const logger = new Logger('OOGO Werkplaats');

/** The built web app next to the api bundle (dist/apps/web), when it was built. */
function defaultWebRoot(): string | undefined {
  const candidate = join(__dirname, '..', 'web');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}

async function migrate(database: RunningDatabase): Promise<void> {
  if (database.embedded) {
    const { port, dataDir, reused } = database.embedded;
    logger.log(
      `Embedded PostgreSQL ${reused ? 'restarted' : 'created'} in ${dataDir} on 127.0.0.1:${port}`,
    );
  }
  const applied = await runMigrations(database.url);
  logger.log(
    applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date',
  );
}

/** `main.js seed`: load (another copy of) the demo region, then stop. */
async function seed(database: RunningDatabase): Promise<void> {
  await migrate(database);
  const planId = (await seedDemoData(database.url, { onlyIfEmpty: false })) as string;
  // Known passwords only on the local embedded database, never on a real server.
  const accounts = database.embedded ? await seedDemoUsers(database.url, planId) : [];
  logger.log(`Loaded the demo region: plan ${planId}, ${accounts.length} demo accounts`);
}

async function start(config: AppConfig, database: RunningDatabase): Promise<void> {
  await migrate(database);
  const demoPlanId = database.embedded && (await seedDemoData(database.url, { onlyIfEmpty: true }));
  if (demoPlanId) {
    const accounts = await seedDemoUsers(database.url, demoPlanId);
    logger.log(
      `Loaded the demo region (first start on an empty database), with ${accounts.length} demo accounts`,
    );
  }

  const webRoot = config.webRoot ?? defaultWebRoot();
  if (!webRoot)
    logger.warn('No built web app found; run `npm start` or `npx nx build web` to serve it');
  const app = await createApp({ config: { ...config, webRoot }, databaseUrl: database.url });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(130); // a second Ctrl-C: stop waiting
    }
    stopping = true;
    logger.log(`${signal} received, stopping`);
    await app.close().catch((error: unknown) => logger.error(error));
    await database.stop().catch((error: unknown) => logger.error(error));
    logger.log('Stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);

  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close(); // before the database goes, so no connection is cut off
    throw error;
  }
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.log(`Ready at http://${shownHost}:${config.port}  (GraphQL: /graphql, health: /health)`);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const database = await startDatabase(config);
  try {
    if (process.argv[2] === 'seed') {
      await seed(database);
      await database.stop();
      return;
    }
    await start(config, database);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      logger.error(
        `Port ${config.port} is already in use; start with another, e.g. PORT=3001 npm start`,
      );
    } else {
      logger.error(error instanceof Error ? (error.stack ?? error.message) : error);
    }
    await database.stop();
    process.exit(1);
  }
}

void main().catch((error: unknown) => {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
