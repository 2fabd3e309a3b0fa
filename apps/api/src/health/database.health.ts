import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { errorMessage, plainErrorMessage } from '@job-hunter/domain';
import { openDataSource, redactUrl } from '@job-hunter/persistence';

/** Readiness must answer fast even when the database hangs. */
export const DATABASE_HEALTH_DEADLINE_MS = 3000;

/**
 * The database for /health/ready, connected on first use and not at boot, so the API starts and
 * /health/live answers while the database is down; a failed connection is tried again on the
 * next check. The API only pings: migrations stay with the CLI and the workers.
 */
@Injectable()
export class DatabaseHealthIndicator implements OnApplicationShutdown {
  private connecting?: Promise<DataSource>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key = 'database'): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    const { type } = this.config.database;
    const where = type === 'postgres' ? redactUrl(this.config.database.url) : this.config.database.sqlitePath;
    try {
      const dataSource = await withDeadline(this.connect(), DATABASE_HEALTH_DEADLINE_MS);
      await withDeadline(dataSource.query('SELECT 1'), DATABASE_HEALTH_DEADLINE_MS);
      return indicator.up({ type });
    } catch (e) {
      return indicator.down({ type, database: where, message: plainErrorMessage(errorMessage(e)) });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const connecting = this.connecting;
    this.connecting = undefined;
    await connecting?.then((ds) => ds.destroy()).catch(() => undefined);
  }

  /** One connection attempt at a time: a slow one is awaited again rather than doubled. */
  private connect(): Promise<DataSource> {
    this.connecting ??= openDataSource(this.config.database, { migrationsRun: false }).catch((e: unknown) => {
      this.connecting = undefined;
      throw e;
    });
    return this.connecting;
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
