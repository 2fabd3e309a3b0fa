// One scraping worker process for shared-limits.int-spec.ts: a WorkerHost polling only the
// scraping queue, its job-board hosts pointed at the test's fake board server. Run with
//   node -r tools/bench/register.cjs scraping-worker.child.ts <boardUrl> <hostConcurrency> shared|unshared
// (config from the environment the test passes). Prints "ready" once polling; SIGTERM stops it.
import { Global, Module } from '@nestjs/common';
import { BOARD_HTTP_SETTINGS, type BoardHttpSettings } from '@job-hunter/job-boards';
import { boardHostOverrides } from '@job-hunter/testing';
import { serveWorkerChild } from './worker-child';

const [boardUrl = '', hostConcurrency = '2', mode = 'shared'] = process.argv.slice(2);

const settings: BoardHttpSettings = {
  hostOverrides: boardHostOverrides(boardUrl),
  hostConcurrency: Number(hostConcurrency),
  retries: 0,
  // `unshared`: the worker's own per-process limit only, as before the lease table.
  ...(mode === 'unshared' ? { hostLeases: undefined } : {}),
};

@Global()
@Module({ providers: [{ provide: BOARD_HTTP_SETTINGS, useValue: settings }], exports: [BOARD_HTTP_SETTINGS] })
class FakeBoardsModule {}

serveWorkerChild('scraping worker', FakeBoardsModule, ['scraping']);
