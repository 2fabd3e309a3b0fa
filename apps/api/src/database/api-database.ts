import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { openDataSource } from '@job-hunter/persistence';

/**
 * The database for the API's routes, connected (and migrated, under the migrations' lock) on
 * first use and not at boot, so the API starts and /health/live answers while the database is
 * down; a failed connection is tried again by the next request. Repositories are built from it
 * per request (they are thin wrappers over TypeORM's, which it caches).
 */
@Injectable()
export class ApiDatabase implements OnApplicationShutdown {
  private opening?: Promise<DataSource>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** One connection attempt at a time: a slow one is awaited again rather than doubled. */
  dataSource(): Promise<DataSource> {
    this.opening ??= openDataSource(this.config.database).catch((e: unknown) => {
      this.opening = undefined;
      throw e;
    });
    return this.opening;
  }

  async onApplicationShutdown(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    await opening?.then((ds) => ds.destroy()).catch(() => undefined);
  }
}
