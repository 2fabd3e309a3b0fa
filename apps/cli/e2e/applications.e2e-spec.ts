import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, runCli, scratch, type CliRun } from './cli-harness';

interface Listed {
  applications: Array<{
    jobKey: string;
    state: string;
    at: string;
    note: string | null;
    title: string;
    applyUrl: string;
    board: { state: string; lastSeenAt: string | null; lastScrapedAt: string | null };
  }>;
}

/** Copies the demo snapshot with the posting whose record names `postingId` taken off its board; returns the copy. */
function snapshotWithout(postingId: string, into: string): string {
  const copy = path.join(into, 'snapshot');
  fs.cpSync(path.join(DEMO, 'snapshot'), copy, { recursive: true });
  let removed = 0;
  const files = fs.readdirSync(copy, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
  for (const file of files.map((f) => path.join(copy, f))) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes(postingId)) continue;
    const body = JSON.parse(text) as unknown;
    const drop = (list: unknown[]): unknown[] => list.filter((p) => !JSON.stringify(p).includes(postingId));
    const edited = Array.isArray(body)
      ? drop(body)
      : { ...(body as object), jobs: drop((body as { jobs: unknown[] }).jobs) };
    removed += (Array.isArray(body) ? body : (body as { jobs: unknown[] }).jobs).length;
    removed -= (Array.isArray(edited) ? edited : edited.jobs).length;
    fs.writeFileSync(file, JSON.stringify(edited));
  }
  if (removed !== 1) throw new Error(`expected to take one posting ${postingId} off the snapshot, took ${removed}`);
  return copy;
}

describe('job-hunter jobs mark and applications (built CLI, demo market)', () => {
  const { dir, env } = scratch('applications');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cli = (...args: string[]): CliRun => runCli(args, env, dir);
  const listed = (...args: string[]): Listed => {
    const run = cli('applications', '--json', ...args);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as Listed;
  };

  it('marks a demo job applied, shows it open, then gone once a later run’s board no longer lists it', () => {
    const demo = cli('demo', '--json');
    expect(demo.code).toBe(0);
    const first = JSON.parse(demo.stdout) as {
      runId: string;
      jobs: Array<{ rank: number; jobKey: string; applyUrl: string }>;
    };
    const job = first.jobs.find((j) => j.rank === 1);
    if (!job) throw new Error('the demo shortlisted nothing');

    const marked = cli(
      'jobs',
      'mark',
      first.runId,
      '1',
      'applied',
      '--note',
      'Referral from Sam',
      '--date',
      '2026-11-21',
    );
    expect(marked.code).toBe(0);
    expect(marked.stdout).toContain('Marked applied on 2026-11-21');
    expect(listed('--state', 'saved').applications).toEqual([]);
    const open = listed().applications;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      jobKey: job.jobKey,
      state: 'applied',
      at: '2026-11-21',
      note: 'Referral from Sam',
    });
    expect(open[0]?.board.state).toBe('open');
    const seenAt = open[0]?.board.lastSeenAt;
    expect(seenAt).toBeTruthy();
    expect(cli('applications').stdout).toMatch(/applied .* \[open: on its board at the last scrape/);

    // A later run over the same market without that posting: the job is gone, last seen at the first run.
    const postingId = job.applyUrl.split('/').filter(Boolean).pop() as string;
    const edited = snapshotWithout(postingId, dir);
    const later = cli(
      'run',
      path.join(DEMO, 'resume.pdf'),
      '--prefs-file',
      path.join(DEMO, 'preferences.txt'),
      '--companies',
      path.join(DEMO, 'companies.yaml'),
      '--snapshot',
      edited,
      '--format',
      'json',
      '--json',
    );
    expect(later.code).toBe(0);
    const [gone] = listed().applications;
    expect(gone?.board).toEqual({ state: 'gone', lastSeenAt: seenAt, lastScrapedAt: expect.any(String) });
    expect((gone?.board.lastScrapedAt ?? '') > (seenAt ?? '')).toBe(true);
    expect(cli('applications').stdout).toContain('gone: last seen');

    // Unmarked: the list is empty again.
    expect(cli('jobs', 'unmark', first.runId, '1').code).toBe(0);
    expect(listed().applications).toEqual([]);
  });

  it.each([
    ['an unknown run', ['jobs', 'mark', 'no-such-run', '1', 'applied'], /No run with id no-such-run/],
    ['a rank out of range', ['jobs', 'mark', '{run}', '999', 'applied'], /none has rank 999/],
    ['a rank that is no number', ['jobs', 'mark', '{run}', 'first', 'applied'], /RANK must be/],
    ['an unknown state', ['jobs', 'mark', '{run}', '1', 'liked'], /state must be one of saved, applied, hidden/],
    ['a date that does not exist', ['jobs', 'mark', '{run}', '1', 'applied', '--date', '2026-02-30'], /real day/],
    ['an unknown state to list', ['applications', '--state', 'liked'], /state must be one of/],
  ])('exits 2 for %s, saying what is wrong', (_what, args, message) => {
    const runId = fs.readdirSync(path.join(dir, 'output'))[0] ?? 'none';
    const run = cli(...args.map((a) => (a === '{run}' ? runId : a)));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
