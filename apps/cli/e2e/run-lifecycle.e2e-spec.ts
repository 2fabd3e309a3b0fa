import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { runCli, scratch, startCli } from './cli-harness';

/** Each replayed board request waits this long, so the run is still scraping when the signal comes. */
const SLOW_BOARDS = { JH_SNAPSHOT_LATENCY_MS: '250' };

function runCount(dir: string): number {
  const db = new Database(path.join(dir, 'jh.db'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM runs').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Starts `demo` on slow boards and sends SIGINT once it has scraped a company or two. */
async function interruptedDemo(env: Record<string, string>, dir: string) {
  const child = startCli(['demo', '--json'], { ...env, ...SLOW_BOARDS }, dir);
  let stderr = '';
  let signalled = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (!signalled && /scraped \d+\/\d+ companies/.test(stderr)) {
      signalled = true;
      child.kill('SIGINT');
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, stderr, signalled };
}

describe('settings checked before stage 1 (built CLI)', () => {
  it('exits 2 before stage 1 when --output-dir is a file: no run, no run folder, no scraping', () => {
    const { dir, env } = scratch('outfile');
    const file = path.join(dir, 'reports');
    fs.writeFileSync(file, 'not a folder');
    const run = runCli(['demo', '--json', '--output-dir', file], env, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file} is a file, not a folder`);
    expect(run.stderr).toContain('--output-dir');
    expect(run.stderr).not.toContain('[1/8]');
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
    expect(runCount(dir)).toBe(0);
  });

  it.each([
    [
      'a SQLite database under a file',
      (dir: string) => ({ JH_DATABASE_URL: `sqlite:${path.join(dir, 'file', 'jh.db')}` }),
      [],
      /JH_DATABASE_URL: cannot use the SQLite database .*file is a file, not a folder/,
    ],
    [
      'a PostgreSQL server that does not answer',
      () => ({ JH_DATABASE_URL: 'postgres://jh:pg-secret@127.0.0.1:1/jh' }),
      [],
      /Cannot open the PostgreSQL database at postgres:\/\/jh:\*\*\*@127\.0\.0\.1:1\/jh: connect ECONNREFUSED/,
    ],
    ['--email without SMTP settings', () => ({}), ['--email', 'me@example.com'], /needs JH_SMTP_URL and JH_EMAIL_FROM/],
  ])('exits 2 on %s, before stage 1', (_what, settings, args, message) => {
    const { dir, env } = scratch('settings');
    fs.writeFileSync(path.join(dir, 'file'), 'x');
    const run = runCli(['demo', '--json', ...args], { ...env, ...settings(dir) }, dir);
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 2, stderr: expect.stringMatching(message) });
    expect(run.stderr).not.toContain('[1/8]');
    expect(run.stderr).not.toContain('pg-secret');
    expect(fs.existsSync(env.JH_OUTPUT_DIR as string)).toBe(false);
  });
});

describe('Ctrl-C during a run, then --resume-from (built CLI)', () => {
  const { dir, env } = scratch('sigint');
  let interrupted: Awaited<ReturnType<typeof interruptedDemo>>;
  let runId: string;

  beforeAll(async () => {
    interrupted = await interruptedDemo(env, dir);
    runId = /Run (\S+) \(/.exec(interrupted.stderr)?.[1] ?? '';
  });

  it('exits 130 with the command that resumes it, and `status` says interrupted', () => {
    expect(interrupted.signalled).toBe(true);
    expect({ code: interrupted.code, tail: interrupted.stderr.slice(-300) }).toMatchObject({ code: 130 });
    expect(interrupted.stderr).toContain(`Interrupted. Resume with: job-hunter demo --resume-from ${runId}`);
    const status = runCli(['status', runId, '--json'], env, dir);
    expect(JSON.parse(status.stdout)).toMatchObject({ runId, status: 'interrupted', currentStage: 'scrapeJobs' });
    expect(runCli(['status', runId], env, dir).stdout).toContain(`Run ${runId}: interrupted (checkpoint)`);
    // It stopped mid-scrape: no report was written.
    expect(fs.existsSync(path.join(env.JH_OUTPUT_DIR as string, runId))).toBe(false);
  });

  it('refuses to resume into an output folder that became a file, then finishes in a new --output-dir', () => {
    const first = env.JH_OUTPUT_DIR as string;
    fs.writeFileSync(first, 'taken');
    const refused = runCli(['demo', '--json', '--resume-from', runId], env, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${first} is a file, not a folder`);
    expect(refused.stderr).not.toContain('[4/8]');

    const elsewhere = path.join(dir, 'elsewhere');
    const resumed = runCli(['demo', '--json', '--resume-from', runId, '--output-dir', elsewhere], env, dir);
    expect({ code: resumed.code, stderr: resumed.code === 0 ? '' : resumed.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(resumed.stdout) as RunResult;
    expect(result).toMatchObject({ runId, status: 'success' });
    expect(fs.existsSync(path.join(elsewhere, runId, 'report.html'))).toBe(true);
    const onDisk = JSON.parse(fs.readFileSync(path.join(elsewhere, runId, 'results.json'), 'utf8')) as RunResult;
    expect(onDisk).toMatchObject({ runId, status: 'success', stats: result.stats });
    expect(JSON.parse(runCli(['status', runId, '--json'], env, dir).stdout)).toMatchObject({
      status: 'success',
      result: { files: { json: path.join(elsewhere, runId, 'results.json') } },
    });
  });
});
