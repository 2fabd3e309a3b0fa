import {
  Inject,
  Logger,
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { WEB_DIR, WEB_HEADERS, readWebFiles, type WebFile } from './web-files';

const WEB_FILES = 'WEB_FILES';

/**
 * Serves the web app (`/` and `/assets/*`, no run data in them) with a strict CSP, before any
 * guard: the pages hold no secret and ask for the token themselves.
 */
@Module({})
export class WebModule implements NestModule {
  constructor(@Inject(WEB_FILES) private readonly files: Map<string, WebFile>) {}

  static forRoot(dir = WEB_DIR): DynamicModule {
    const useFactory = () => {
      const files = readWebFiles(dir);
      if (files.size === 0) new Logger('Web').warn(`No web app in ${dir} (build it first): / is not served.`);
      return files;
    };
    return { module: WebModule, providers: [{ provide: WEB_FILES, useFactory }] };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply((req: Request, res: Response, next: NextFunction) => {
        const file = this.files.get(req.path);
        if (!file) return next();
        res.set({ ...WEB_HEADERS, 'Content-Type': file.type }).send(file.body);
      })
      .forRoutes({ path: '{*path}', method: RequestMethod.GET });
  }
}
