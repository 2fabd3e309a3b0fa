import { Logger, type INestApplication, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@job-hunter/config';
import { AppModule } from './app.module';
import { serveOpenApi } from './docs/openapi';
import { requestLog } from './logging/request-log';

/**
 * The API as main.ts serves it (tests build it the same way): one log line per request, the
 * OpenAPI document at /docs, no X-Powered-By header naming the framework, and on SIGTERM or
 * SIGINT a graceful stop (no new connections; every module's shutdown hook runs).
 */
export async function createApi(
  config: AppConfig,
  options: { logger?: false | LoggerService } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), options);
  app.disable('x-powered-by');
  app.use(requestLog(new Logger('Http')));
  serveOpenApi(app);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}
