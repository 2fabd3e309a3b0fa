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

  it('an invalid option value', () => {
    expectRejected(['demo', '--top', 'zero'], /--top/);
  });
});
