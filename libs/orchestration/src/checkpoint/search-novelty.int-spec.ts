import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunResult } from '@job-hunter/domain';
import { JobMarkRepository, RunRepository } from '@job-hunter/persistence';
import { FakeSmtpServer, demoRunConfig, moduleDatabaseTargets, type Target } from '@job-hunter/testing';
import { ChangingMarket } from '../test-support/changing-market';
import { startPipelineApp } from '../test-support/pipeline-app';
import { CheckpointOrchestrator } from './checkpoint.orchestrator';

const targets = moduleDatabaseTargets();

const EMAIL = 'ananya@example.com';
const novelties = (r: RunResult) => r.jobs.map((j) => j.novelty);

describe.each(targets)("a saved search's runs on %s: what is new since last time", (_name, makeTarget) => {
  let target: Target;
  let smtp: FakeSmtpServer;
  let close: () => Promise<void>;
  let orchestrator: CheckpointOrchestrator;
  let runs: RunRepository;
  let marks: JobMarkRepository;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-novelty-'));
  const market = new ChangingMarket(fs.mkdtempSync(path.join(os.tmpdir(), 'jh-novelty-market-')));

  beforeAll(async () => {
    [target, smtp] = await Promise.all([makeTarget(), new FakeSmtpServer().start()]);
    const app = await startPipelineApp(target.db, {
      JH_SMTP_URL: smtp.url(),
      JH_EMAIL_FROM: 'Job Hunter <hunter@example.com>',
    });
    close = () => app.close();
    orchestrator = app.get(CheckpointOrchestrator);
    runs = app.get(RunRepository);
    marks = app.get(JobMarkRepository);
  });

  afterAll(async () => {
    await close?.();
    await smtp?.close();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(market.dir, { recursive: true, force: true });
  });

  /**
   * One run of the search `berlin` on the market as it is now, emailing its digest. Every good match
   * is shortlisted (no size or per-company limit), so what changes between two days is the market's edit alone.
   */
  const runDay = (runId: string) =>
    orchestrator.start(
      demoRunConfig(runId, out, {
        searchId: 'berlin',
        snapshotDir: market.dir,
        email: EMAIL,
        dryRun: false,
        top: 500,
        maxPerCompany: 0,
      }),
    );

  it('day 1 all new; day 2 two new, one gone, one changed, a hidden job left out; day 3 an applied job left out, nothing new, no email', async () => {
    const day1 = await runDay('day-1');
    expect(day1.status).toBe('success');
    expect(day1.jobs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(novelties(day1))).toEqual(new Set(['new']));
    expect(day1.disappeared).toEqual([]);
    expect(day1.previousRun).toBeUndefined();
    expect(smtp.received.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Job Hunter: \d+ new in the search's first run/),
    ]);

    // Between the runs: a posting taken down, one retitled, two posted under new ids; and the person hides one job.
    const change = market.change(day1.jobs);
    const hidden = day1.jobs.find((j) => ![change.gone, change.retitled.url].includes(j.applyUrl));
    if (!hidden) throw new Error('day 1 shortlisted no other job');
    await marks.put({ ...hidden, runId: 'day-1', state: 'hidden', at: '2026-03-02', note: null });

    const day2 = await runDay('day-2');
    const byUrl = new Map(day2.jobs.map((j) => [j.applyUrl, j]));
    expect(
      day2.jobs
        .filter((j) => j.novelty === 'new')
        .map((j) => j.applyUrl)
        .sort(),
    ).toEqual([...change.added].sort());
    expect(day2.jobs.filter((j) => j.novelty === 'changed').map((j) => j.applyUrl)).toEqual([change.retitled.url]);
    expect(byUrl.get(change.retitled.url)?.title).toBe(change.retitled.title);
    expect(day2.disappeared?.map((d) => d.applyUrl)).toEqual([change.gone]);
    expect(day2.disappeared?.[0]?.lastSeenRunId).toBe('day-1');
    expect(day2.previousRun).toEqual({ runId: 'day-1', finishedAt: day1.finishedAt });
    // The hidden job is never shown again: not in the shortlist, counted as dropped, not reported gone.
    expect(byUrl.has(hidden.applyUrl)).toBe(false);
    expect(day2.stats.dropped.hidden).toBe(1);
    expect(day2.jobs.map((j) => j.rank)).toEqual(day2.jobs.map((_, i) => i + 1));
    expect(smtp.received[1]?.subject).toMatch(/^Job Hunter: 2 new since \d{4}-\d\d-\d\d, 1 changed, 1 gone/);
    const results = JSON.parse(fs.readFileSync(path.join(out, 'day-2', 'results.json'), 'utf8')) as RunResult;
    expect(results.jobs.map((j) => j.novelty)).toEqual(novelties(day2));
    expect(fs.readFileSync(path.join(out, 'day-2', 'results.csv'), 'utf8')).toMatch(/^rank,novelty,score,/);

    // Day 3, the same market, the person having applied to one job: nothing new, so no email; the run
    // is still recorded with its digest files.
    const applied = day2.jobs.find((j) => j.novelty === 'seen');
    if (!applied) throw new Error('day 2 saw no job again');
    await marks.put({ ...applied, runId: 'day-2', state: 'applied', at: '2026-03-03', note: null });
    const day3 = await runDay('day-3');
    expect(new Set(novelties(day3))).toEqual(new Set(['seen']));
    expect(day3.jobs).toHaveLength(day2.jobs.length - 1);
    expect(day3.jobs.some((j) => j.applyUrl === applied.applyUrl)).toBe(false);
    expect(day3.stats.dropped).toMatchObject({ hidden: 1, applied: 1 });
    expect(day3.disappeared).toEqual([]);
    expect(smtp.received).toHaveLength(2);
    expect((await runs.get('day-3'))?.status).toBe('success');
    expect((await runs.get('day-3'))?.result?.jobs).toHaveLength(day3.jobs.length);
    expect(fs.readFileSync(path.join(out, 'day-3', 'digest.txt'), 'utf8')).toMatch(/^Job Hunter: Nothing new since/);
    expect(day3.cost.estimatedCostUsd).toBe(0);
    expect(day3.cost.inputTokens + day3.cost.outputTokens).toBe(0);
  }, 120_000);
});
