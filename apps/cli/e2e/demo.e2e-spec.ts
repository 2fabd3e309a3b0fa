import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { DEMO, runCli, scratch } from './cli-harness';

describe('job-hunter demo (built CLI)', () => {
  const { dir, env } = scratch('demo');
  let result: RunResult;
  let stderr: string;

  beforeAll(() => {
    const run = runCli(['demo', '--json'], env, dir);
    stderr = run.stderr;
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
    result = JSON.parse(run.stdout) as RunResult;
  });

  it('prints a contract result object on stdout and talks only on stderr', () => {
    expect(result).toMatchObject({
      status: 'success',
      orchestrator: 'checkpoint',
      engine: 'heuristic',
      cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 },
    });
    expect(result.runId).toMatch(/^\d{8}-\d{6}-[0-9a-f]{6}$/);
    expect(Date.parse(result.startedAt)).toBeLessThanOrEqual(Date.parse(result.finishedAt));
    for (const key of [
      'companiesAttempted',
      'companiesSucceeded',
      'jobsScraped',
      'jobsAfterDedupe',
      'jobsScored',
      'jobsInOutput',
      'undatedKept',
    ]) {
      expect(typeof (result.stats as unknown as Record<string, unknown>)[key]).toBe('number');
    }
    expect(stderr).toContain('scrapeJobs');
  });

  it('gives the sample persona a real shortlist: at least 10 jobs from at least 5 companies', () => {
    expect(result.jobs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(result.jobs.map((j) => j.company)).size).toBeGreaterThanOrEqual(5);
    result.jobs.forEach((job, i) => {
      expect(job.rank).toBe(i + 1);
      expect(job.score).toBeGreaterThanOrEqual(0);
      expect(job.score).toBeLessThanOrEqual(100);
      expect(job.applyUrl).toMatch(/^https:\/\//);
      expect(['remote', 'hybrid', 'onsite', 'unknown']).toContain(job.remote);
      expect(job.reasons.length).toBeGreaterThan(0);
    });
    // Each job's identity across runs (contract section 5), one per job.
    const keys = [...result.jobs, ...(result.nearMisses ?? [])].map((j) => j.jobKey);
    keys.forEach((key) => expect(key).toMatch(/^[0-9a-f]{16}$/));
    expect(new Set(keys).size).toBe(keys.length);
    const scores = result.jobs.map((j) => j.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const perCompany = new Map<string, number>();
    result.jobs.forEach((j) => perCompany.set(j.company, (perCompany.get(j.company) ?? 0) + 1));
    expect(Math.max(...perCompany.values())).toBeLessThanOrEqual(3);
  });

  it('accounts for every scraped job: kept or dropped with a reason', () => {
    const dropped = Object.values(result.stats.dropped).reduce((a, b) => a + b, 0);
    expect(dropped).toBeGreaterThan(0);
    expect(result.stats.jobsScored).toBeLessThanOrEqual(result.stats.jobsAfterDedupe);
    expect(result.stats.jobsInOutput).toBe(result.jobs.length);
  });

  it("reads as sensible: the persona's good jobs lead, and nothing the preferences rule out appears", () => {
    const expected = JSON.parse(fs.readFileSync(path.join(DEMO, 'expected.json'), 'utf8')) as {
      good: Array<{ company: string; title: string }>;
      dropped: Array<{ company: string; title: string; why: string }>;
    };
    const key = (j: { company: string; title: string }) => `${j.company} — ${j.title}`;
    const good = new Set(expected.good.map(key));
    const shortlist = result.jobs.map(key);
    expect(expected.good.map(key).filter((k) => !shortlist.includes(k))).toEqual([]);
    expect(shortlist.slice(0, 10).filter((k) => !good.has(k))).toEqual([]);
    const ruledOut = expected.dropped.filter((d) => !d.why.startsWith('unrelated role') && !good.has(key(d)));
    expect(ruledOut.map(key).filter((k) => shortlist.includes(k))).toEqual([]);
    const unrelated = expected.dropped.filter((d) => d.why.startsWith('unrelated role')).map(key);
    expect(shortlist.slice(0, expected.good.length).filter((k) => unrelated.includes(k))).toEqual([]);
    expect(new Set(result.jobs.map((j) => j.applyUrl)).size).toBe(result.jobs.length);
  });

  it('writes the four report files into the run folder', () => {
    const runDir = path.join(env['JH_OUTPUT_DIR'] as string, result.runId);
    for (const file of ['results.json', 'results.csv', 'results.xlsx', 'report.html']) {
      expect(fs.statSync(path.join(runDir, file)).size).toBeGreaterThan(100);
    }
    const onDisk = JSON.parse(fs.readFileSync(path.join(runDir, 'results.json'), 'utf8')) as RunResult;
    expect(onDisk.jobs.map((j) => j.applyUrl)).toEqual(result.jobs.map((j) => j.applyUrl));
    expect(fs.readFileSync(path.join(runDir, 'report.html'), 'utf8')).toContain(result.jobs[0]?.company ?? '?');
  });

  it('answers `status` for the finished run', () => {
    const status = runCli(['status', result.runId, '--json'], env, dir);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ runId: result.runId, status: 'success' });
  });
});
