import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@job-hunter/config';
import { AppModule } from './app.module';

/** The API as main.ts serves it (tests build it the same way): no X-Powered-By header naming the framework. */
export async function createApi(config: AppConfig, options: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), options);
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  return app;
}
