import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { JobProcessorAgent } from '@job-hunter/agents';
import type { RunResult } from '@job-hunter/domain';
import { demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { logBoardRequests } from '../test-support/board-requests';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';

/** Detail requests of the demo market's BambooHR, Rippling and Oracle boards. */
const DETAIL =
  /^https:\/\/(bluestemsoftware\.bamboohr\.com\/careers\/[^/]+\/detail|api\.rippling\.com\/platform\/api\/ats\/v1\/board\/lanternworks\/jobs\/[^/?]+|ekqv\.fa\.ca2\.oraclecloud\.com\/hcmRestApi\/resources\/latest\/recruitingCEJobRequisitionDetails\?)/;

const comparable = (r: RunResult) => ({ status: r.status, stats: r.stats, jobs: r.jobs, errors: r.errors });

/** The Temporal scrapeCompany activity goes through the same CompanyScraper: its workers skip the same details. */
describe('detail requests only for the postings a run can use, under Temporal', () => {
  let target: Target;
  let app: INestApplicationContext;
  let close: (() => Promise<void>) | undefined;
  let requested: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-detail-filter-temporal-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    ({ app, close } = await startTemporalPipelineApp(target.db));
    logBoardRequests(app, (url) => requested.push(url));
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await target?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('asks fewer details than the checkpoint run that reads them all, for the same result', async () => {
    const spy = jest.spyOn(app.get(JobProcessorAgent), 'titleFilter').mockReturnValue(() => true);
    requested = [];
    const every = await app.get(CheckpointOrchestrator).start(demoRunConfig('cp-every-detail', dir));
    const everyDetail = requested.filter((u) => DETAIL.test(u));
    spy.mockRestore();
    requested = [];
    const temporal = await app
      .get(TemporalOrchestrator)
      .start(demoRunConfig('tp-kept-details', dir, { orchestrator: 'temporal' }));
    const keptDetail = requested.filter((u) => DETAIL.test(u));

    expect(everyDetail.length).toBeGreaterThan(0);
    expect(keptDetail.length).toBeGreaterThan(0);
    expect(keptDetail.length).toBeLessThan(everyDetail.length);
    expect(temporal.orchestrator).toBe('temporal');
    expect(comparable(temporal)).toEqual(comparable(every));
  }, 90_000);
});
