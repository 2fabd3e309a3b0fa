import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { startDevServer, type DevServer } from '@job-hunter/testing';
import { DEMO, runCli, scratch, type CliRun } from './cli-harness';

/** The `search` commands keep a saved search's Temporal Schedule in step when the orchestrator is Temporal. */
describe('job-hunter search on Temporal Schedules (built CLI, dev server)', () => {
  const { dir, env } = scratch('search-schedules');
  let server: DevServer;
  let temporal: Client;
  const cli = (...args: string[]): CliRun =>
    runCli(args, { ...env, JH_ORCHESTRATOR: 'temporal', JH_TEMPORAL_ADDRESS: server.address }, dir);

  beforeAll(async () => {
    server = await startDevServer();
    temporal = new Client({ connection: await Connection.connect({ address: server.address }) });
  }, 60_000);

  afterAll(async () => {
    await temporal?.connection.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('save makes the schedule under the search id; pause, resume and delete follow it', async () => {
    const saved = cli(
      ...['search', 'save', 'daily', path.join(DEMO, 'resume.pdf'), '--prefs-file', path.join(DEMO, 'preferences.txt')],
      ...[
        '--snapshot',
        path.join(DEMO, 'snapshot'),
        '--companies',
        path.join(DEMO, 'companies.yaml'),
        '--cron',
        '0 7 * * 1-5',
      ],
    );
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    const { id } = JSON.parse(cli('search', 'show', 'daily', '--json').stdout) as { id: string };
    const schedule = temporal.schedule.getHandle(id);
    const made = await schedule.describe();
    expect(made.spec.calendars).toEqual([
      expect.objectContaining({
        hour: [{ start: 7, end: 7, step: 1 }],
        dayOfWeek: [{ start: 'MONDAY', end: 'FRIDAY', step: 1 }],
      }),
    ]);
    expect(made.policies).toMatchObject({ overlap: 'SKIP', catchupWindow: 86_400_000 });
    expect(made.action.args).toEqual([expect.objectContaining({ searchId: id })]);

    expect(cli('search', 'pause', 'daily').code).toBe(0);
    expect((await schedule.describe()).state.paused).toBe(true);
    expect(cli('search', 'resume', 'daily').code).toBe(0);
    expect((await schedule.describe()).state.paused).toBe(false);
    expect(cli('search', 'delete', 'daily').code).toBe(0);
    await expect(schedule.describe()).rejects.toThrow(/not found/i);
  }, 120_000);
});
