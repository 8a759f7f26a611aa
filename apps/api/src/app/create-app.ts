import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CoreModuleOptions, secureHttp } from '@oogo/api-core';
import { AppModule } from './app.module';
import { serveWebApp } from './serve-web-app';
import { StartupQuietLogger } from './startup-logger';

/** Builds the Nest application the same way for `main.ts` and for the api tests. */
export async function createApp(
  options: CoreModuleOptions,
  logger: LoggerService | false = new StartupQuietLogger(),
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    logger,
    abortOnError: false,
    bodyParser: false,
  });
  app.disable('x-powered-by');
  if (options.config.trustProxy !== undefined) app.set('trust proxy', options.config.trustProxy);
  secureHttp(app);
  if (options.config.webRoot) {
    serveWebApp(app, options.config.webRoot);
  }
  return app;
}
