// A small job market for discovery-round tests: four curated Greenhouse companies in a registry,
// served by a fake board server, each with two remote senior jobs the demo resume keeps. With
// one company per round, each round adds exactly the next registry company.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { COMPANY_FINDER_OPTIONS } from '@job-hunter/agents';
import type { RunConfig } from '@job-hunter/domain';
import { BOARD_HTTP_SETTINGS } from '@job-hunter/job-boards';
import {
  FakeJobBoardServer,
  boardApiPath,
  boardHostOverrides,
  demoRunConfig,
  greenhouseBoard,
} from '@job-hunter/testing';

export const WORLD_BOARDS = ['alpha', 'beta', 'gamma', 'delta'];

/** Settings under which the demo persona needs three companies with a good match. */
export const WORLD_SETTINGS = { JH_TARGET_MATCHES: '3', JH_MIN_SCORE: '0', JH_MAX_DISCOVERY_ITERATIONS: '5' };

function board(token: string): Record<string, unknown> {
  const jobs = (greenhouseBoard(2, token)['jobs'] as Array<Record<string, unknown>>).map((job, i) => ({
    ...job,
    title: `Senior Software Engineer ${i}`,
    location: { name: 'Remote' },
  }));
  return { jobs, meta: { total: jobs.length } };
}

export interface DiscoveryWorld {
  server: FakeJobBoardServer;
  /** The registry file the finder reads (for worker processes that build their own module). */
  registryPath: string;
  /** Global Nest module pointing board hosts at the fake server and the finder at the registry. */
  module: Type | DynamicModule;
  runConfig(runId: string, overrides?: Partial<RunConfig>): RunConfig;
  /** Requests the fake server got for one board. */
  fetches(board: string): number;
  close(): Promise<void>;
}

/** `boardDelayMs`: how long each board takes to answer (for board-deadline tests). */
export async function startDiscoveryWorld(dir: string, boardDelayMs = 0): Promise<DiscoveryWorld> {
  const server = await new FakeJobBoardServer(
    WORLD_BOARDS.map((b) => ({ path: boardApiPath.greenhouse(b), respond: { json: board(b), delayMs: boardDelayMs } })),
  ).start();
  const registryPath = path.join(dir, 'registry.yaml');
  const entries = WORLD_BOARDS.map(
    (b) =>
      `- { name: ${b[0]?.toUpperCase()}${b.slice(1)}, careersUrl: "https://boards.greenhouse.io/${b}", regions: [WORLD] }`,
  );
  fs.writeFileSync(registryPath, entries.join('\n'));

  @Global()
  @Module({
    providers: [
      { provide: BOARD_HTTP_SETTINGS, useValue: { hostOverrides: boardHostOverrides(server.url), retries: 0 } },
      { provide: COMPANY_FINDER_OPTIONS, useValue: { registryPath, roundSize: 1 } },
    ],
    exports: [BOARD_HTTP_SETTINGS, COMPANY_FINDER_OPTIONS],
  })
  class FakeWorldModule {}

  return {
    server,
    registryPath,
    module: FakeWorldModule,
    runConfig: (runId, overrides = {}) =>
      demoRunConfig(runId, dir, {
        companiesPath: undefined,
        snapshotDir: undefined,
        prefsFile: undefined,
        prefsText: 'Software engineer roles, remote or onsite anywhere in the world.',
        now: '2025-09-20T00:00:00.000Z',
        // Live fetches every time (the response cache would hide which boards a run asked).
        forceRescrape: true,
        ...overrides,
      }),
    fetches: (b) => server.requestsTo(boardApiPath.greenhouse(b)).length,
    close: () => server.close(),
  };
}
