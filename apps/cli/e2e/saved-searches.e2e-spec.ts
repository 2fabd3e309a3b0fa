import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openDataSource } from '@job-hunter/persistence';
import { postgresAvailable, postgresDatabaseTarget, type Target } from '@job-hunter/testing';
import type { DatabaseConfig } from '@job-hunter/config';
import type { RunResult } from '@job-hunter/domain';
import { ChangingMarket } from '../../../libs/orchestration/src/test-support/changing-market';
import { DEMO, runCli, scratch, startCli, type CliRun } from './cli-harness';

const demoSearch = (name: string, ...extra: string[]): string[] => [
  'search',
  'save',
  name,
  path.join(DEMO, 'resume.pdf'),
  '--prefs-file',
  path.join(DEMO, 'preferences.txt'),
  '--snapshot',
  path.join(DEMO, 'snapshot'),
  '--companies',
  path.join(DEMO, 'companies.yaml'),
  ...extra,
];

/** A started CLI to its end. */
function finished(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** How many runs each saved search has in the database (read from each run's stored config). */
async function runsBySearch(db: DatabaseConfig): Promise<Record<string, number>> {
  const dataSource = await openDataSource(db, { migrationsRun: false });
  try {
    const rows = (await dataSource.query('SELECT config FROM runs')) as Array<{ config: string }>;
    const counts: Record<string, number> = {};
    for (const { config } of rows) {
      const searchId = (JSON.parse(config) as { searchId?: string }).searchId ?? 'none';
      counts[searchId] = (counts[searchId] ?? 0) + 1;
    }
    return counts;
  } finally {
    await dataSource.destroy();
  }
}

describe('job-hunter search (built CLI, demo market)', () => {
  const { dir, env } = scratch('searches');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]): CliRun => runCli(args, env, dir);

  it('saves, lists, shows, runs and deletes a search', () => {
    const saved = cli(...demoSearch('daily', '--every', '1d', '--top', '10'));
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain('Schedule: every 1d');
    expect(saved.stdout).toContain('What we understood: Roles: backend engineer, platform engineer');

    expect(cli('search', 'list').stdout).toMatch(/^daily {2}every 1d {2}next \S+ {2}never run\n$/);
    const shown = JSON.parse(cli('search', 'show', 'daily', '--json').stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({
      name: 'daily',
      resume: { name: 'resume.pdf', size: fs.statSync(path.join(DEMO, 'resume.pdf')).size },
      prefs: { fileName: 'preferences.txt' },
      options: { top: '10', snapshot: path.join(DEMO, 'snapshot'), companies: { name: 'companies.yaml' } },
      schedule: { everyMs: 86_400_000 },
      paused: false,
    });

    const ran = cli('search', 'run', 'daily', '--json');
    expect(ran.code).toBe(0);
    const result = JSON.parse(ran.stdout) as { runId: string; status: string; jobs: unknown[] };
    expect(result.status).toBe('success');
    expect(result.jobs.length).toBeGreaterThan(0);
    expect(result.jobs.length).toBeLessThanOrEqual(10);
    const after = JSON.parse(cli('search', 'show', 'daily', '--json').stdout) as Record<string, unknown>;
    // A run by hand leaves the schedule as it was.
    expect(after).toMatchObject({ lastRunId: result.runId, nextDueAt: shown.nextDueAt });
    expect(cli('status', result.runId).stdout).toContain('success');

    expect(cli('search', 'pause', 'daily').code).toBe(0);
    expect(cli('search', 'list').stdout).toContain('paused');
    expect(cli('search', 'resume', 'daily').code).toBe(0);
    expect(cli('search', 'delete', 'daily').stdout).toBe('Deleted search daily.\n');
    expect(cli('search', 'list').stdout).toBe('No saved searches.\n');
  });

  it.each([
    ['no preferences', ['search', 'save', 'x', path.join(DEMO, 'resume.pdf')], /Give the preferences/],
    [
      'a missing resume',
      ['search', 'save', 'x', path.join(DEMO, 'nope.pdf'), '--prefs', 'backend'],
      /Resume not found/,
    ],
    ['a bad --every', demoSearch('x', '--every', '5s'), /--every "5s" is not an interval/],
    ['a bad --cron', demoSearch('x', '--cron', '0 25 * * *'), /"25" is not a hour/],
    ['--every with --cron', demoSearch('x', '--every', '1d', '--cron', '0 7 * * *'), /not both/],
    ['a one-run option', demoSearch('x', '--record-snapshot', 'rec'), /--record-snapshot belongs to one run/],
    ['an unknown option', demoSearch('x', '--nope'), /unknown option/],
    ['a bad --top', demoSearch('x', '--top', '0'), /--top must be a whole number/],
    ['an unknown search', ['search', 'run', 'nope'], /No saved search named "nope"/],
    ['run with neither a name nor --due', ['search', 'run'], /Give a search name or --due/],
  ])('exits 2 on %s, storing nothing', (_what, args, message) => {
    const run = cli(...args);
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 2, stderr: expect.stringMatching(message) });
    expect(cli('search', 'list').stdout).toBe('No saved searches.\n');
  });

  it('leaves due searches to their Temporal Schedules when the orchestrator is Temporal', () => {
    expect(cli(...demoSearch('scheduled', '--every', '1d')).code).toBe(0);
    const due = runCli(['search', 'run', '--due'], { ...env, JH_ORCHESTRATOR: 'temporal' }, dir);
    expect(due.code).toBe(0);
    expect(due.stderr).toContain('saved searches run on their Temporal Schedules; --due runs none');
    expect(JSON.parse(cli('search', 'show', 'scheduled', '--json').stdout)).not.toHaveProperty('lastRunId');
    expect(cli('search', 'delete', 'scheduled').code).toBe(0);
  });

  it('goes on past a due search that cannot run, exits 1, and moves both to their next slot', () => {
    const copy = path.join(dir, 'snapshot-copy');
    fs.cpSync(path.join(DEMO, 'snapshot'), copy, { recursive: true });
    const onCopy = demoSearch('broken', '--every', '1d').map((a) => (a === path.join(DEMO, 'snapshot') ? copy : a));
    expect(cli(...onCopy).code).toBe(0);
    expect(cli(...demoSearch('fine', '--every', '1d', '--top', '3')).code).toBe(0);
    fs.rmSync(copy, { recursive: true });
    const due = cli('search', 'run', '--due');
    expect(due.code).toBe(1);
    expect(due.stderr).toMatch(/Search broken: --snapshot \S+ is not a directory/);
    const show = (name: string) =>
      JSON.parse(cli('search', 'show', name, '--json').stdout) as { lastRunId?: string; nextDueAt: string };
    expect(show('broken').lastRunId).toBeUndefined();
    expect(show('fine').lastRunId).toMatch(/^\d{8}-\d{6}-[0-9a-f]{6}$/);
    for (const name of ['broken', 'fine']) {
      expect(Date.parse(show(name).nextDueAt)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
      expect(cli('search', 'delete', name).code).toBe(0);
    }
  });

  it('tells new, changed and gone jobs apart over a second, edited snapshot', () => {
    const market = new ChangingMarket(path.join(dir, 'changing-market'));
    const onMarket = demoSearch('changing', '--top', '500', '--max-per-company', '100').map((a) =>
      a === path.join(DEMO, 'snapshot') ? market.dir : a,
    );
    expect(cli(...onMarket).code).toBe(0);
    const runSearch = (): RunResult => {
      const ran = cli('search', 'run', 'changing', '--json');
      expect({ code: ran.code, stderr: ran.stderr }).toMatchObject({ code: 0 });
      return JSON.parse(ran.stdout) as RunResult;
    };
    const first = runSearch();
    expect(new Set(first.jobs.map((j) => j.novelty))).toEqual(new Set(['new']));
    expect(first.disappeared).toEqual([]);

    // Between the runs: one posting taken down, one retitled, two posted under new ids.
    const change = market.change(first.jobs);
    const second = runSearch();
    const urls = (novelty: string) =>
      second.jobs
        .filter((j) => j.novelty === novelty)
        .map((j) => j.applyUrl)
        .sort();
    expect(urls('new')).toEqual([...change.added].sort());
    expect(urls('changed')).toEqual([change.retitled.url]);
    expect(second.jobs.find((j) => j.applyUrl === change.retitled.url)?.title).toBe(change.retitled.title);
    expect(second.disappeared?.map((d) => d.applyUrl)).toEqual([change.gone]);
    expect(second.disappeared?.[0]?.lastSeenRunId).toBe(first.runId);
    expect(second.previousRun?.runId).toBe(first.runId);
    expect(second.jobs.length).toBe(first.jobs.length + change.added.length - 1);
    expect(cli('search', 'delete', 'changing').code).toBe(0);
  });

  it('refuses a name that is taken (exit 2), keeping the first', () => {
    expect(cli(...demoSearch('taken', '--top', '5')).code).toBe(0);
    const again = cli(...demoSearch('taken', '--top', '7'));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/A search named "taken" already exists/);
    expect(JSON.parse(cli('search', 'show', 'taken', '--json').stdout)).toMatchObject({ options: { top: '5' } });
    expect(cli('search', 'delete', 'taken').code).toBe(0);
  });
});

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('two overlapping `search run --due` on %s', (_name, postgres) => {
  const maybe = !postgres || postgresAvailable() ? it : it.skip;

  maybe('run each due search once, then nothing until its next slot', async () => {
    const { dir, env } = scratch('due');
    let target: Target | undefined;
    try {
      if (postgres) {
        target = await postgresDatabaseTarget();
        env.JH_DATABASE_URL = target.db.url;
      }
      const db = target?.db ?? {
        type: 'sqlite' as const,
        url: env.JH_DATABASE_URL as string,
        sqlitePath: path.join(dir, 'jh.db'),
      };
      for (const name of ['alpha', 'beta', 'gamma']) {
        expect(runCli(demoSearch(name, '--every', '1d', '--top', '5'), env, dir).code).toBe(0);
      }
      expect(runCli(demoSearch('later', '--cron', '0 7 * * *'), env, dir).code).toBe(0);
      expect(runCli(demoSearch('paused', '--every', '1d'), env, dir).code).toBe(0);
      expect(runCli(['search', 'pause', 'paused'], env, dir).code).toBe(0);
      const ids = Object.fromEntries(
        ['alpha', 'beta', 'gamma', 'later', 'paused'].map((name) => [
          name,
          (JSON.parse(runCli(['search', 'show', name, '--json'], env, dir).stdout) as { id: string }).id,
        ]),
      );

      const both = await Promise.all([1, 2].map(() => finished(startCli(['search', 'run', '--due'], env, dir))));
      for (const run of both)
        expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      const counts = await runsBySearch(db);
      expect(counts).toEqual({ [ids.alpha as string]: 1, [ids.beta as string]: 1, [ids.gamma as string]: 1 });
      // Each moved a day on: a third invocation finds nothing due.
      const third = runCli(['search', 'run', '--due'], env, dir);
      expect(third.code).toBe(0);
      expect(await runsBySearch(db)).toEqual(counts);
      const alpha = JSON.parse(runCli(['search', 'show', 'alpha', '--json'], env, dir).stdout) as {
        nextDueAt: string;
        lastRunAt: string;
      };
      expect(Date.parse(alpha.nextDueAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    } finally {
      await target?.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
