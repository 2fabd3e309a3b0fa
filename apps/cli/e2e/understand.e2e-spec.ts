import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Reading, Understanding } from '@job-hunter/domain';
import { DEMO, runCli, scratch } from './cli-harness';

/** `job-hunter understand` as a user runs it: the reading of their words, before any job is judged. */
describe('job-hunter understand (built CLI)', () => {
  const { dir, env } = scratch('understand');
  const PREFS =
    'Senior or staff backend roles in Berlin, hybrid, or remote within the EU. At least €80k. ' +
    'Posted in the last 30 days. No crypto, not Acme Lending.';

  it('prints the reading as plain lines a person checks at a glance', () => {
    const run = runCli(['understand', '--prefs', PREFS], env, dir);
    expect(run.code).toBe(0);
    const line = run.stdout.split('\n')[0] ?? '';
    expect(line).toMatch(/^What we understood: Roles: /);
    expect(line).toContain('Levels: senior–staff');
    expect(line).toContain('Berlin, Germany');
    expect(line).toContain('Pay: ≥ €80,000 a year');
    expect(line).toContain('Posted: last 30 days');
    expect(line).toContain('Acme Lending');
    expect(line).not.toContain('(from resume)');
    expect(run.stdout).toContain('Read by: the rules');
  });

  it('--json prints the Understanding; with a resume it says which fields the resume filled', () => {
    const run = runCli(
      ['understand', path.join(DEMO, 'resume.pdf'), '--prefs', 'Only jobs from the last 3 weeks', '--json'],
      env,
      dir,
    );
    expect(run.code).toBe(0);
    const u = JSON.parse(run.stdout) as Understanding;
    expect(u).toMatchObject({ readBy: 'rules', disagreements: [], warnings: [] });
    expect(u.reading.maxAgeDays).toBe(21);
    // The text named no role: the reading says none, and the run's role is the resume's.
    expect(u.reading.roles).toEqual([]);
    expect(u.filledFromResume?.roles?.length).toBeGreaterThan(0);
    expect(u.filledFromResume).not.toHaveProperty('maxAgeDays');
    expect(u.resume?.titles.length).toBeGreaterThan(0);
    expect(u.resume?.home).toMatchObject({ country: 'IN' });
    const plain = runCli(
      ['understand', path.join(DEMO, 'resume.pdf'), '--prefs', 'Only jobs from the last 3 weeks'],
      env,
      dir,
    );
    expect(plain.stdout).toMatch(/Roles: .+ \(from resume\)/);
    expect(plain.stdout).toMatch(/^Resume: /m);
  });

  it('--batch prints one {"id","reading"} line per text, of the text alone', () => {
    const file = path.join(dir, 'batch.jsonl');
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ id: 'one', text: PREFS }),
        '',
        JSON.stringify({ id: 'two', text: 'asdf qwerty zzz', expected: {} }),
      ].join('\n'),
    );
    const run = runCli(['understand', path.join(DEMO, 'resume.pdf'), '--batch', file], env, dir);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; reading: Reading });
    expect(lines.map((l) => l.id)).toEqual(['one', 'two']);
    expect(lines[0]?.reading.minSalary).toEqual({ amount: 80_000, currency: 'EUR', period: 'year' });
    // Not filled from the resume, although one was given.
    expect(lines[1]?.reading.roles).toEqual([]);
    expect(lines[1]?.reading.locations).toEqual([]);
    expect(run.stderr).toMatch(/WARN two \(line 3\): Nothing could be read from the preferences "asdf qwerty zzz"/);
  });

  it('warns on stderr, naming the text, when nothing could be read, and says so in --json warnings', () => {
    const run = runCli(['understand', '--prefs', 'asdf qwerty zzz', '--json'], env, dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Nothing could be read from the preferences "asdf qwerty zzz"');
    const u = JSON.parse(run.stdout) as Understanding;
    expect(u.warnings).toHaveLength(1);
    expect(u.warnings[0]).toContain('asdf qwerty zzz');
  });

  it.each([
    ['no preferences', ['understand']],
    ['two sources', ['understand', '--prefs', 'backend', '--batch', 'x.jsonl']],
    ['a missing resume', ['understand', 'nope.pdf', '--prefs', 'backend']],
    ['a missing batch file', ['understand', '--batch', 'nope.jsonl']],
    ['an unknown engine', ['understand', '--prefs', 'backend', '--engine', 'magic']],
  ])('exits 2 with a message and nothing on stdout for %s', (_name, args) => {
    const run = runCli(args, env, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().length).toBeGreaterThan(0);
  });

  it('exits 2 naming the bad line of a batch file, printing nothing', () => {
    const file = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(file, `${JSON.stringify({ id: 'a', text: 'backend' })}\n{"id": "b", "text": \n`);
    const run = runCli(['understand', '--batch', file], env, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('line 2');
  });
});
