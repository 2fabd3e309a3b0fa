import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, runCli, scratch } from './cli-harness';

/** Every bad input exits 2, names the problem, and leaves no run folder behind. */
describe('bad input (built CLI)', () => {
  const resume = path.join(DEMO, 'resume.pdf');

  function expectRejected(args: string[], message: RegExp, extraEnv: Record<string, string> = {}): void {
    const { dir, env } = scratch('bad');
    const run = runCli(args, { ...env, ...extraEnv }, dir);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(message) });
    expect(run.stdout).toBe('');
    const outDir = env['JH_OUTPUT_DIR'] as string;
    expect(fs.existsSync(outDir) ? fs.readdirSync(outDir) : []).toEqual([]);
  }

  it('a missing resume', () => {
    expectRejected(
      ['run', 'no-such-resume.pdf', '--prefs', 'backend roles'],
      /Resume not found: .*no-such-resume\.pdf/,
    );
  });

  it('a corrupt PDF', () => {
    const { dir } = scratch('corrupt');
    const corrupt = path.join(dir, 'broken.pdf');
    fs.writeFileSync(corrupt, '%PDF-1.7\nthis is not really a pdf\n%%EOF');
    expectRejected(['run', corrupt, '--prefs', 'backend roles'], /broken\.pdf/);
  });

  it('a missing preferences file', () => {
    expectRejected(
      ['run', resume, '--prefs-file', 'missing-prefs.yaml'],
      /Preferences file not found: .*missing-prefs\.yaml/,
    );
  });

  it('a malformed companies file', () => {
    const { dir } = scratch('companies');
    const companies = path.join(dir, 'companies.yaml');
    fs.writeFileSync(companies, '- name: Acme\n  careersUrl: [not, a, url\n');
    expectRejected(['run', resume, '--prefs', 'backend roles', '--companies', companies], /companies\.yaml/);
  });

  it('a companies entry without a careers URL', () => {
    const { dir } = scratch('companies');
    const companies = path.join(dir, 'companies.json');
    fs.writeFileSync(companies, JSON.stringify([{ name: 'Acme' }]));
    expectRejected(['run', resume, '--prefs', 'backend roles', '--companies', companies], /careersUrl/);
  });

  it('an invalid environment value', () => {
    expectRejected(['demo'], /JH_TEMPORAL_ADDRESS/, { JH_TEMPORAL_ADDRESS: 'localhost' });
  });

  it('a missing argument and an unknown option', () => {
    expectRejected(['run'], /missing required argument 'resume'/);
    expectRejected(['run', resume, '--no-such-option'], /unknown option '--no-such-option'/);
  });

  it('an unknown run id', () => {
    expectRejected(['status', 'no-such-run'], /No run with id no-such-run/);
  });

  it('a misspelt key in a preferences file, with the key it meant', () => {
    const { dir } = scratch('prefs-keys');
    const prefs = path.join(dir, 'prefs.yaml');
    fs.writeFileSync(prefs, 'roles: [backend engineer]\nminSalery: 45 LPA\nlocatons: [Berlin]\n');
    expectRejected(
      ['run', resume, '--prefs-file', prefs],
      /unknown key 'minSalery' — did you mean 'minSalary'\?; unknown key 'locatons' — did you mean 'locations'\?/,
    );
  });

  it('random bytes named .txt as the resume, saying what was read', () => {
    const { dir } = scratch('noise');
    const noise = path.join(dir, 'resume.txt');
    // A fixed-seed generator: the same 100 KB every run.
    let x = 11;
    fs.writeFileSync(
      noise,
      Buffer.from(Array.from({ length: 100 * 1024 }, () => (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16)),
    );
    expectRejected(
      ['run', noise, '--prefs', 'backend roles'],
      /resume\.txt: it looks like binary data, not text: of the [\d,]+ characters read, \d+% are control/,
    );
  });

  it('an invalid option value', () => {
    expectRejected(['demo', '--top', 'zero'], /--top/);
  });
});

/** Input that is not refused but would mislead: an outage, a board listed twice. */
describe('runs that must not look like a good day (built CLI)', () => {
  function companiesFile(dir: string, entries: Array<{ name: string; careersUrl: string }>): string {
    const file = path.join(dir, 'companies.json');
    fs.writeFileSync(file, JSON.stringify(entries));
    return file;
  }

  it('fails, exit 1, when no board answers, and says how many answered', () => {
    const { dir, env } = scratch('outage');
    const empty = path.join(dir, 'empty-snapshot');
    fs.mkdirSync(empty);
    const companies = companiesFile(dir, [
      { name: 'Lumenpay', careersUrl: 'https://boards.greenhouse.io/lumenpay' },
      { name: 'Nimbus', careersUrl: 'https://jobs.lever.co/nimbus' },
    ]);
    const args = ['run', path.join(DEMO, 'resume.md'), '--prefs', 'backend roles', '--companies', companies];
    const run = runCli([...args, '--snapshot', empty, '--format', 'json'], env, dir);
    expect({ code: run.code, summary: run.stdout }).toEqual({
      code: 1,
      summary: expect.stringMatching(/: failed \(checkpoint[\s\S]*NO_BOARD_ANSWERED: 0 of 2 boards answered/),
    });
    const runId = /^Run (\S+):/.exec(run.stdout)?.[1] as string;
    const stored = JSON.parse(
      fs.readFileSync(path.join(env['JH_OUTPUT_DIR'] as string, runId, 'results.json'), 'utf8'),
    );
    expect(stored).toMatchObject({ status: 'failed', stats: { companiesAttempted: 2, companiesSucceeded: 0 } });
  });

  it('searches a board listed twice once, warns of it, and lists each job once', () => {
    const { dir, env } = scratch('twice');
    const companies = companiesFile(dir, [
      { name: 'Lumenpay', careersUrl: 'https://boards.greenhouse.io/lumenpay' },
      { name: 'Lumenpay Again', careersUrl: 'https://job-boards.greenhouse.io/lumenpay/' },
    ]);
    const args = ['run', path.join(DEMO, 'resume.md'), '--prefs', 'any role, anywhere', '--companies', companies];
    const run = runCli([...args, '--snapshot', path.join(DEMO, 'snapshot'), '--format', 'json', '--json'], env, dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('"Lumenpay Again" is the same job board as "Lumenpay"');
    const result = JSON.parse(run.stdout) as { status: string; warnings?: string[]; jobs: Array<{ applyUrl: string }> };
    expect(result.status).toBe('success');
    expect(result.warnings).toEqual([expect.stringContaining('"Lumenpay Again" is the same job board')]);
    expect(result.jobs.length).toBeGreaterThan(0);
    expect(new Set(result.jobs.map((j) => j.applyUrl)).size).toBe(result.jobs.length);
  });
});
