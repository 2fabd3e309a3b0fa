// One worker process for run-settings.workers.int-spec.ts: WorkerHosts for the given queue kinds,
// its board hosts pointed at the test's fake board server and the company finder at the test's
// registry. Every other setting (database, Temporal, Claude, and the run-tuning values the test
// makes disagree with the run's) comes from the environment the test passes. Run with
//   node -r tools/bench/register.cjs run-worker.child.ts <boardUrl> <registryPath> <queue>[,<queue>]
// Prints "ready" once every host polls; SIGTERM stops it.
import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { COMPANY_FINDER_OPTIONS } from '@job-hunter/agents';
import { configFromProcess } from '@job-hunter/config';
import { BOARD_HTTP_SETTINGS } from '@job-hunter/job-boards';
import { boardHostOverrides } from '@job-hunter/testing';
import { activityServicesOf } from '../../activities/activity-services';
import { WorkerContextModule } from '../worker-context.module';
import { WorkerHost } from '../worker-host';
import { parseWorkerQueue } from '../worker-queues';

const [boardUrl = '', registryPath = '', queues = 'all'] = process.argv.slice(2);

@Global()
@Module({
  providers: [
    { provide: BOARD_HTTP_SETTINGS, useValue: { hostOverrides: boardHostOverrides(boardUrl), retries: 0 } },
    { provide: COMPANY_FINDER_OPTIONS, useValue: { registryPath, roundSize: 1 } },
  ],
  exports: [BOARD_HTTP_SETTINGS, COMPANY_FINDER_OPTIONS],
})
class FakeWorldModule {}

async function main(): Promise<void> {
  const config = configFromProcess();
  const app = await NestFactory.createApplicationContext(
    { module: class RunWorkerChild {}, imports: [WorkerContextModule.forRoot(config), FakeWorldModule] },
    { logger: ['error'] },
  );
  const hosts: WorkerHost[] = [];
  for (const queue of queues.split(',')) {
    hosts.push(await WorkerHost.start({ config, ...activityServicesOf(app), queue: parseWorkerQueue(queue) }));
  }
  const stop = (): void => {
    void Promise.all(hosts.map((h) => h.shutdown()))
      .then(() => app.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.stdout.write('ready\n');
  await Promise.all(hosts.map((h) => h.done()));
}

main().catch((error: unknown) => {
  process.stderr.write(`run worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
