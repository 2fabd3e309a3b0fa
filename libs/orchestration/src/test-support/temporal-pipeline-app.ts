import type { INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type DatabaseConfig } from '@job-hunter/config';
import { startDevServer } from '@job-hunter/testing';
import { activityServicesOf } from '../temporal/activities/activity-services';
import { WorkerHost } from '../temporal/worker/worker-host';
import { startPipelineApp } from './pipeline-app';

export interface TemporalPipelineApp {
  app: INestApplicationContext;
  /** Stops the workers, the app and the dev server. */
  close(): Promise<void>;
}

/**
 * The pipeline app (see startPipelineApp) pointed at a Temporal dev server of its own, with the
 * workers of every queue polling in the same process, for integration tests of real activities.
 */
export async function startTemporalPipelineApp(
  db: DatabaseConfig,
  settings: Record<string, string> = {},
  modules: NonNullable<ModuleMetadata['imports']> = [],
): Promise<TemporalPipelineApp> {
  const server = await startDevServer();
  const app = await startPipelineApp(db, { ...settings, JH_TEMPORAL_ADDRESS: server.address }, modules);
  const host = await WorkerHost.start({
    config: app.get<AppConfig>(APP_CONFIG),
    ...activityServicesOf(app),
    queue: 'all',
  });
  return {
    app,
    close: async () => {
      await host.shutdown();
      await app.close();
      await server.stop();
    },
  };
}
