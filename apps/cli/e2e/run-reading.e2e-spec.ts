import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunResult, Understanding } from '@job-hunter/domain';
import { DEMO, runCli, scratch } from './cli-harness';

/** Every run shows its reading: on stderr before scraping, and in each file of its run folder. */
describe('a demo run shows what it understood (built CLI)', () => {
  const { dir, env } = scratch('run-reading');
  let result: RunResult;
  let stderr: string;
  let runDir: string;

  beforeAll(() => {
    const run = runCli(['demo', '--json'], env, dir);
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    result = JSON.parse(run.stdout) as RunResult;
    stderr = run.stderr;
    runDir = path.join(env.JH_OUTPUT_DIR as string, result.runId);
  });

  const read = (name: string) => fs.readFileSync(path.join(runDir, name), 'utf8');

  it('prints the plain reading on stderr before any job board is fetched', () => {
    const understood = stderr.indexOf('What we understood: Roles: ');
    expect(understood).toBeGreaterThan(0);
    expect(understood).toBeLessThan(stderr.indexOf('scrapeJobs'));
    expect(stderr).toContain('Posted: last 60 days');
  });

  it('puts the reading in the result object and results.json', () => {
    expect(result.reading).toBeDefined();
    expect(result.reading?.maxAgeDays).toBe(60);
    expect(result.reading?.excludedIndustries).toContain('crypto');
    expect(result.reading?.locations).toContainEqual({ city: 'Bengaluru', country: 'IN' });
    expect((JSON.parse(read('results.json')) as RunResult).reading).toEqual(result.reading);
  });

  it('writes understanding.json: the reading, who read it and the resume summary', () => {
    const u = JSON.parse(read('understanding.json')) as Understanding;
    expect(u.reading).toEqual(result.reading);
    expect(u.readBy).toBe('rules');
    expect(u.warnings).toEqual([]);
    expect(u.resume?.titles.length).toBeGreaterThan(0);
    expect(u.resume?.yearsExperience).toBeGreaterThan(0);
    expect(u.resume?.home).toMatchObject({ city: 'Bengaluru', country: 'IN' });
    expect(u.resume?.topSkills.length).toBeGreaterThan(0);
  });

  it('opens report.html with "What we understood" and the drop counts, before the first job', () => {
    const html = read('report.html');
    const understood = html.indexOf('What we understood');
    expect(understood).toBeGreaterThan(0);
    expect(html.indexOf('Dropped by the filters')).toBeGreaterThan(understood);
    expect(html.indexOf('class="job"')).toBeGreaterThan(html.indexOf('Dropped by the filters'));
    expect(html).toContain('<b>Posted</b> last 60 days');
    expect(html).toContain('<b>Candidate</b>');
  });

  it('opens the digest, text and HTML, with the reading and the drop counts', () => {
    const text = read('digest.txt');
    expect(text.indexOf('What we understood:')).toBeGreaterThan(0);
    expect(text.indexOf('Dropped by the filters:')).toBeLessThan(text.indexOf('1. ['));
    expect(text).toContain('Posted: last 60 days');
    const html = read('digest.html');
    expect(html.indexOf('What we understood')).toBeLessThan(html.indexOf('<table'));
  });

  it('shows the reading in `status`', () => {
    const run = runCli(['status', result.runId], env, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^What we understood: Roles: /m);
  });
});

describe('a run whose preferences say nothing readable (built CLI)', () => {
  it('warns on stderr naming the text, keeps the warning in understanding.json, and still runs', () => {
    const { dir, env } = scratch('run-unreadable');
    const run = runCli(
      [
        'run',
        path.join(DEMO, 'resume.pdf'),
        '--prefs',
        'asdf qwerty zzz',
        '--companies',
        path.join(DEMO, 'companies.yaml'),
        '--snapshot',
        path.join(DEMO, 'snapshot'),
        '--format',
        'json',
        '--json',
      ],
      env,
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/WARN Nothing could be read from the preferences "asdf qwerty zzz"/);
    const result = JSON.parse(run.stdout) as RunResult;
    const u = JSON.parse(
      fs.readFileSync(path.join(env.JH_OUTPUT_DIR as string, result.runId, 'understanding.json'), 'utf8'),
    ) as Understanding;
    expect(u.warnings.join('\n')).toContain('"asdf qwerty zzz"');
    // Nothing read from the text: what the run applies came from the resume, and says so.
    expect(result.filledFromResume?.roles?.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/Roles: .+ \(from resume\)/);
  });
});
