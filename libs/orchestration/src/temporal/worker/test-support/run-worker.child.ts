// One worker process for run-settings.workers.int-spec.ts: WorkerHosts for the given queue kinds,
// its board hosts pointed at the test's fake board server and the company finder at the test's
// registry. Every other setting (database, Temporal, Claude, and the run-tuning values the test
// makes disagree with the run's) comes from the environment the test passes. Run with
//   node -r tools/bench/register.cjs run-worker.child.ts <boardUrl> <registryPath> <queue>[,<queue>]
// Prints "ready" once every host polls; SIGTERM stops it.
import { Global, Module } from '@nestjs/common';
import { COMPANY_FINDER_OPTIONS } from '@job-hunter/agents';
import { BOARD_HTTP_SETTINGS } from '@job-hunter/job-boards';
import { boardHostOverrides } from '@job-hunter/testing';
import { parseWorkerQueue } from '../worker-queues';
import { serveWorkerChild } from './worker-child';

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

serveWorkerChild('run worker', FakeWorldModule, queues.split(',').map(parseWorkerQueue));
