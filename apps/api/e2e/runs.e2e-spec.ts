import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { DEMO_API_ENV, REPO_ROOT, childEnv, demoUpload, startBuiltApi, type BuiltApi } from '@job-hunter/testing';

const CLI_MAIN = path.join(REPO_ROOT, 'dist/apps/cli/src/main.js');
const TOKEN = 'e2e-runs-token';

describe('a hunt through the built API gives what `job-hunter demo --json` gives', () => {
  let dir: string;
  let api: BuiltApi | undefined;

  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-api-runs-e2e-'))));
  afterAll(async () => {
    await api?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const auth = { Authorization: `Bearer ${TOKEN}` };

  it('runs the demo upload to the end with the same shortlist, stats and near misses', async () => {
    api = await startBuiltApi({
      JH_API_TOKEN: TOKEN,
      JH_DATABASE_URL: `sqlite:${path.join(dir, 'api.db')}`,
      JH_OUTPUT_DIR: path.join(dir, 'api-out'),
      ...DEMO_API_ENV,
    });
    const accepted = await fetch(`${api.base}/runs`, { method: 'POST', body: demoUpload(), headers: auth });
    expect(accepted.status).toBe(202);
    const { runId } = (await accepted.json()) as { runId: string };
    // The stream closes after its `end` event.
    const stream = await (await fetch(`${api.base}/runs/${runId}/events`, { headers: auth })).text();
    expect(stream).toContain('event: end\ndata: {"status":"success"}');
    const fromApi = (await (await fetch(`${api.base}/runs/${runId}/results`, { headers: auth })).json()) as RunResult;

    const cli = spawnSync(process.execPath, [CLI_MAIN, 'demo', '--json'], {
      cwd: REPO_ROOT,
      env: childEnv({
        JH_DATABASE_URL: `sqlite:${path.join(dir, 'cli.db')}`,
        JH_OUTPUT_DIR: path.join(dir, 'cli-out'),
      }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(cli.status).toBe(0);
    const fromDemo = JSON.parse(cli.stdout) as RunResult;

    const jobs = (jobs: RunResult['jobs'] = []) => jobs.map((j) => [j.rank, j.title, j.company, j.score]);
    expect(jobs(fromApi.jobs)).toEqual(jobs(fromDemo.jobs));
    expect(fromDemo.jobs.length).toBeGreaterThan(5);
    expect(jobs(fromApi.nearMisses)).toEqual(jobs(fromDemo.nearMisses));
    expect(fromApi.stats).toEqual(fromDemo.stats);
    expect(fromApi.reading).toEqual(fromDemo.reading);
  });
});
