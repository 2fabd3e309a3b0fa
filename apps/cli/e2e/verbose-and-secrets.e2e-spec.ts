import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, runCli, scratch, type CliRun } from './cli-harness';

const SECRET = 'Sup3rSecretPw';

/** Every file under a folder, the SQLite database and its WAL included. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('run -v on a companies file whose URLs carry passwords (built CLI, demo snapshot)', () => {
  const { dir, env } = scratch('verbose');
  const companies = path.join(dir, 'companies.yaml');
  fs.writeFileSync(
    companies,
    [
      '- name: Lumenpay',
      `  careersUrl: https://lumen:${SECRET}@boards.greenhouse.io/lumenpay`,
      '- name: Hidden Co',
      `  careersUrl: https://hid:${SECRET}@example.invalid/careers`,
      '- name: Orbitly Cloud',
      '  careersUrl: https://boards.greenhouse.io/orbitlycloud',
    ].join('\n'),
  );
  const args = (...more: string[]) => [
    'run',
    path.join(DEMO, 'resume.pdf'),
    '--prefs',
    'backend engineer, remote',
    '--companies',
    companies,
    '--snapshot',
    path.join(DEMO, 'snapshot'),
    '--dry-run',
    '--format',
    'json,csv,html',
    ...more,
  ];
  let verbose: CliRun;
  let quiet: CliRun;
  beforeAll(() => {
    verbose = runCli(args('-v'), env, dir);
    quiet = runCli(args('--json'), env, dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a debug line per HTTP request (method, host and path, status, time, attempt) and per stage', () => {
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toMatch(
      /^DEBUG \[BoardHttp\] GET boards-api\.greenhouse\.io\/v1\/boards\/lumenpay\/jobs → 200 in \d+ ms \(attempt 1\)$/m,
    );
    expect(verbose.stderr).toMatch(/^DEBUG \[Stage\] scrapeJobs took \d+ ms$/m);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain('DEBUG');
  });

  it('stores and prints the URLs with their passwords masked, and the secret nowhere', () => {
    const result = JSON.parse(quiet.stdout) as { status: string; errors: Array<{ company: string; message: string }> };
    expect(result.status).toBe('partial');
    expect(result.errors.find((e) => e.company === 'Hidden Co')?.message).toContain(
      'https://hid:***@example.invalid/careers',
    );
    const written = filesUnder(dir).filter((f) => f !== companies);
    expect(written.some((f) => f.endsWith('results.json'))).toBe(true);
    expect(written.some((f) => /jh\.db$/.test(f))).toBe(true);
    const holding = written.filter((f) => fs.readFileSync(f).includes(SECRET));
    expect(holding).toEqual([]);
    for (const out of [verbose.stdout, verbose.stderr, quiet.stdout, quiet.stderr]) expect(out).not.toContain(SECRET);
  });
});
