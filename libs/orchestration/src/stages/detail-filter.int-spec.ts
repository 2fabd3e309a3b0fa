import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { JobProcessorAgent } from '@job-hunter/agents';
import type { RunResult } from '@job-hunter/domain';
import { demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { logBoardRequests } from '../test-support/board-requests';
import { startPipelineApp } from '../test-support/pipeline-app';

/** The demo market's boards that read one detail per posting, and how a detail request looks on each. */
const DETAIL_REQUESTS: Record<string, RegExp> = {
  bamboohr: /^https:\/\/bluestemsoftware\.bamboohr\.com\/careers\/[^/]+\/detail$/,
  rippling: /^https:\/\/api\.rippling\.com\/platform\/api\/ats\/v1\/board\/lanternworks\/jobs\/[^/?]+$/,
  oracle:
    /^https:\/\/ekqv\.fa\.ca2\.oraclecloud\.com\/hcmRestApi\/resources\/latest\/recruitingCEJobRequisitionDetails\?/,
};

/** What two runs of one market share: everything but the run's name and its clock. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  const skip = new Set(['runId', 'startedAt', 'finishedAt', 'timings', 'durationMs']);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !skip.has(k))
      .map(([k, v]) => [k, comparable(v)]),
  );
}

/**
 * A demo run whose processor drops most postings on their title reads the details of the postings it
 * keeps only, on the boards that ask one request per posting, and ends with the same result.
 */
describe('detail requests only for the postings a run can use', () => {
  let target: Target;
  let app: INestApplicationContext;
  let requested: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-detail-filter-'));

  beforeAll(async () => {
    target = await sqliteTarget();
    app = await startPipelineApp(target.db);
    logBoardRequests(app, (url) => requested.push(url));
  });

  afterAll(async () => {
    await app?.close();
    await target?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const details = (urls: readonly string[], ats: string) => urls.filter((u) => DETAIL_REQUESTS[ats]?.test(u)).sort();

  async function run(runId: string): Promise<{ result: RunResult; urls: string[]; written: unknown }> {
    requested = [];
    const result = await app.get(CheckpointOrchestrator).start(demoRunConfig(runId, dir, { formats: ['json', 'csv'] }));
    const written = JSON.parse(fs.readFileSync(path.join(dir, runId, 'results.json'), 'utf8')) as unknown;
    return { result, urls: requested, written };
  }

  it('skips the details of postings dropped on their title, with the same shortlist, near misses and drop counts', async () => {
    // A filter that wants every posting: the run as it was before the filter.
    const processor = app.get(JobProcessorAgent);
    const spy = jest.spyOn(processor, 'titleFilter').mockReturnValue(() => true);
    const all = await run('run-every-detail');
    spy.mockRestore();
    const kept = await run('run-kept-details');

    for (const ats of Object.keys(DETAIL_REQUESTS)) {
      const before = details(all.urls, ats);
      const after = details(kept.urls, ats);
      expect([ats, before.length > 0]).toEqual([ats, true]);
      expect([ats, after.length < before.length]).toEqual([ats, true]);
      expect(after.every((u) => before.includes(u))).toBe(true);
    }
    // Only detail requests are left out: these boards' list requests are all still made.
    const hosts = ['bluestemsoftware.bamboohr.com', 'api.rippling.com', 'ekqv.fa.ca2.oraclecloud.com'];
    const lists = (urls: string[]) =>
      urls
        .filter((u) => hosts.includes(new URL(u).host))
        .filter((u) => !Object.values(DETAIL_REQUESTS).some((pattern) => pattern.test(u)))
        .sort();
    expect(lists(kept.urls)).toEqual(lists(all.urls));
    expect(lists(all.urls)).toHaveLength(4);

    expect(kept.result.status).toBe(all.result.status);
    expect(kept.result.stats.dropped['role']).toBeGreaterThan(0);
    expect(comparable(kept.written)).toEqual(comparable(all.written));
    const decisions = (runId: string) => fs.readFileSync(path.join(dir, runId, 'decisions.csv'), 'utf8');
    expect(decisions('run-kept-details')).toBe(decisions('run-every-detail'));
  });
});
