import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import { addCosts, emptyCost, JobHunterError } from '@job-hunter/domain';
import type { CompanyScrapeResult } from '@job-hunter/agents';
import type { RunHooks, StageExtra } from '../../stages/stage-context';
import type { StageName } from '../../stages/stage-names';
import type { RunStageOptions } from '../../stages/stage-runner';
import { companyKey, scrapeOutcome } from '../../stages/stage-outputs';
import type { DiscoveryRounds } from '../../discovery/discovery-rounds';
import type { RoundOutcome } from '../../discovery/discovery.types';
import { createActivities, type ActivityServices } from './activities.factory';
import type { HeartbeatDetails } from './activity-heartbeat';
import { COST_STAGE } from '../../stages/run-cost';
import { SCRAPE_CONCURRENCY } from '../../stages/scrape-stage';

type StageImpl = (stage: StageName, hooks: RunHooks, signal?: AbortSignal) => Promise<string>;
type ScrapeImpl = (index: number, signal?: AbortSignal) => Promise<CompanyScrapeResult>;

/** StageRunner and CompanyScraper fakes over an in-memory checkpoint store, with scripted stage behaviour. */
class FakeRunner {
  readonly store = new Map<string, unknown>();
  readonly calls: Array<{ stage: StageName; extra?: StageExtra }> = [];
  stageImpl: StageImpl = async (stage) => `${stage} done`;
  scrapeImpl: ScrapeImpl = async (index) => company(`Co${index}`, 2);

  readonly checkpoints = {
    load: async <T>(runId: string, stage: string, key = ''): Promise<T | undefined> =>
      this.store.get(`${runId}/${stage}/${key}`) as T | undefined,
    loadAll: async <T>(runId: string, stage: string): Promise<Array<{ key: string; data: T }>> =>
      [...this.store.entries()]
        .filter(([k]) => k.startsWith(`${runId}/${stage}/`))
        .map(([k, data]) => ({ key: k.split('/')[2] as string, data: data as T })),
    save: async <T>(runId: string, stage: string, data: T, key = ''): Promise<void> => {
      this.store.set(`${runId}/${stage}/${key}`, data);
    },
  };

  runStage = async (stage: StageName, _runId: string, options: RunStageOptions = {}): Promise<string> => {
    this.calls.push({ stage, extra: options.extra });
    return this.stageImpl(stage, options.hooks ?? {}, options.signal);
  };

  storedOrScrape = async (_runId: string, index: number, signal?: AbortSignal) =>
    scrapeOutcome(await this.scrapeImpl(index, signal));

  /** What createActivities is given: this fake as runner and scraper, and its store. */
  services(): Omit<ActivityServices, 'discovery'> {
    const { load, loadAll, save } = this.checkpoints;
    const each = async function* <T>(runId: string, stage: string) {
      yield* await loadAll<T>(runId, stage);
    };
    return { runner: this, scraper: this, checkpoints: { load, loadAll, save, each } };
  }
}

function company(name: string, jobs: number, error?: CompanyScrapeResult['error']): CompanyScrapeResult {
  return { company: name, jobs: Array.from({ length: jobs }, () => ({}) as never), skipped: {}, error };
}

const quiet = { logger: new DefaultLogger('ERROR') };

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the activity to fail');
    },
    (e: unknown) => e,
  );
}

describe('createActivities', () => {
  let runner: FakeRunner;
  let discovery: { openNextRound: jest.Mock<Promise<RoundOutcome>, Parameters<DiscoveryRounds['openNextRound']>> };
  let env: MockActivityEnvironment;
  // MockActivityEnvironment.run does not infer the result type from the function.
  const run = <I, O>(fn: (input: I) => Promise<O>, input: I): Promise<O> => env.run(fn, input) as Promise<O>;

  beforeEach(() => {
    runner = new FakeRunner();
    discovery = {
      openNextRound: jest.fn<Promise<RoundOutcome>, Parameters<DiscoveryRounds['openNextRound']>>(async () => ({
        opened: false,
      })),
    };
    env = new MockActivityEnvironment({}, quiet);
  });

  it('runs each stage through the StageRunner and reports a zero cost', async () => {
    const acts = createActivities({ ...runner.services(), discovery });
    const report = await run(acts.parseResume, { runId: 'r1' });
    expect(report).toEqual({ stage: 'parseResume', summary: 'parseResume done', cost: emptyCost() });
    expect(runner.calls).toEqual([{ stage: 'parseResume', extra: undefined }]);
  });

  it("reports the run ledger's total after scoring, not the scoring pass's own share", async () => {
    const reading = { inputTokens: 900, outputTokens: 120, estimatedCostUsd: 0.0015 };
    const scoring = { inputTokens: 1200, outputTokens: 300, estimatedCostUsd: 0.0123 };
    await runner.checkpoints.save('r1', COST_STAGE, reading, 'parseResume');
    runner.stageImpl = async (stage) => {
      await runner.checkpoints.save('r1', COST_STAGE, scoring, 'scoreJobs/pass-001');
      await runner.checkpoints.save('r1', stage, { scored: [], cost: scoring, errors: [], engine: 'anthropic' });
      return '0 jobs scored (anthropic)';
    };
    const report = await run(createActivities({ ...runner.services(), discovery }).scoreJobs, { runId: 'r1' });
    expect(report.cost).toEqual(addCosts(reading, scoring));
  });

  it("reports the ledger's total for a parse stage an earlier attempt finished, without running it again", async () => {
    const cost = { inputTokens: 900, outputTokens: 120, estimatedCostUsd: 0.0015 };
    await runner.checkpoints.save('r1', 'parseResume', { skills: ['Go'], yearsExperience: 4, seniority: 'mid' });
    await runner.checkpoints.save('r1', COST_STAGE, cost, 'parseResume');
    const acts = createActivities({ ...runner.services(), discovery });
    expect(await run(acts.parseResume, { runId: 'r1' })).toEqual({
      stage: 'parseResume',
      summary: '1 skills, 4 years, mid level',
      cost: addCosts(cost),
    });
    // The preferences stage paid nothing: the total stays what it was, so the workflow counts each call once.
    runner.stageImpl = async () => 'parsePreferences done';
    expect((await run(acts.parsePreferences, { runId: 'r1' })).cost).toEqual(addCosts(cost));
    expect(runner.calls.map((c) => c.stage)).toEqual(['parsePreferences']);
  });

  it('reuses a stage checkpoint an earlier attempt stored instead of running the stage again', async () => {
    await runner.checkpoints.save('r1', 'scoreJobs', {
      scored: [{}],
      cost: emptyCost(),
      errors: [],
      engine: 'heuristic',
    });
    const report = await run(createActivities({ ...runner.services(), discovery }).scoreJobs, { runId: 'r1' });
    expect(runner.calls).toEqual([]);
    expect(report.summary).toBe('1 jobs scored (heuristic)');
  });

  it('turns a non-retryable JobHunterError into a non-retryable ApplicationFailure typed by its code', async () => {
    runner.stageImpl = async () => {
      throw new JobHunterError('RESUME_UNREADABLE', 'Resume is unreadable (key sk-secret): export it again.');
    };
    const redact = (t: string): string => t.replace('sk-secret', '***');
    const failure = await failureOf(
      run(createActivities({ ...runner.services(), discovery, redact }).parseResume, { runId: 'r1' }),
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({
      type: 'RESUME_UNREADABLE',
      nonRetryable: true,
      message: 'Resume is unreadable (key ***): export it again.',
    });
  });

  it('keeps retryable JobHunterErrors and unexpected errors retryable', async () => {
    const acts = createActivities({ ...runner.services(), discovery });
    runner.stageImpl = async () => {
      throw new JobHunterError('STORAGE_ERROR', 'database busy');
    };
    expect(await failureOf(run(acts.processJobs, { runId: 'r1' }))).toMatchObject({
      type: 'STORAGE_ERROR',
      nonRetryable: false,
    });
    runner.stageImpl = async () => {
      throw new TypeError('undefined is not a function');
    };
    expect(await failureOf(run(acts.processJobs, { runId: 'r1' }))).toMatchObject({
      type: 'TypeError',
      nonRetryable: false,
      message: 'undefined is not a function',
    });
  });

  it('heartbeats on a timer and on progress hooks while a stage runs', async () => {
    const beats: HeartbeatDetails[] = [];
    // The stage runs until the timer has beaten three times (a machine under load only makes it wait longer).
    let threeTimerBeats: () => void = () => undefined;
    const timerBeatThrice = new Promise<void>((resolve) => (threeTimerBeats = resolve));
    env.on('heartbeat', (d: HeartbeatDetails) => {
      beats.push(d);
      if (beats.filter((b) => b.note === 'working').length >= 3) threeTimerBeats();
    });
    runner.stageImpl = async (_stage, hooks) => {
      hooks.onScrapeProgress?.(3, 10, 'Acme');
      await timerBeatThrice;
      return 'ok';
    };
    await run(createActivities({ ...runner.services(), discovery, heartbeatIntervalMs: 10 }).processJobs, {
      runId: 'r1',
    });
    expect(beats).toContainEqual({ stage: 'processJobs', note: '3/10 Acme' });
    expect(beats.filter((b) => b.note === 'working').length).toBeGreaterThanOrEqual(3);
  });

  it('sends no heartbeat from a local activity, which cannot heartbeat', async () => {
    env = new MockActivityEnvironment({ isLocal: true }, quiet);
    const beats: HeartbeatDetails[] = [];
    env.on('heartbeat', (d: HeartbeatDetails) => beats.push(d));
    runner.stageImpl = async (_stage, hooks) => {
      hooks.onStageStart?.('aggregate');
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'ok';
    };
    await run(createActivities({ ...runner.services(), discovery, heartbeatIntervalMs: 10 }).notify, { runId: 'r1' });
    expect(beats).toEqual([]);
  });

  it('sends no heartbeat from an activity that ends before its first timer beat', async () => {
    const beats: HeartbeatDetails[] = [];
    env.on('heartbeat', (d: HeartbeatDetails) => beats.push(d));
    await run(createActivities({ ...runner.services(), discovery }).scrapeCompany, { runId: 'r1', index: 0 });
    expect(beats).toEqual([]);
  });

  it('keeps the scrapes of one worker process at SCRAPE_CONCURRENCY, whatever its task slots', async () => {
    let running = 0;
    let most = 0;
    runner.scrapeImpl = async (index) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running -= 1;
      return company(`Co${index}`, 1);
    };
    const acts = createActivities({ ...runner.services(), discovery });
    const envs = Array.from({ length: SCRAPE_CONCURRENCY + 3 }, () => new MockActivityEnvironment({}, quiet));
    await Promise.all(envs.map((e, index) => e.run(acts.scrapeCompany, { runId: 'r1', index })));
    expect(most).toBe(SCRAPE_CONCURRENCY);
  });

  it('hands the cancellation signal to the agent and reports a cancel as CancelledFailure', async () => {
    let seen: AbortSignal | undefined;
    runner.scrapeImpl = (_index, signal) =>
      new Promise((_resolve, reject) => {
        seen = signal;
        signal?.addEventListener('abort', () => reject(new JobHunterError('BOARD_TIMEOUT', 'aborted')));
      });
    const running = run(createActivities({ ...runner.services(), discovery }).scrapeCompany, { runId: 'r1', index: 0 });
    await new Promise((r) => setTimeout(r, 20));
    env.cancel();
    expect(await failureOf(running)).toBeInstanceOf(CancelledFailure);
    expect(seen?.aborted).toBe(true);
  });

  it("scrapes one company and reports its outcome: job count and error (a retry's reuse is CompanyScraper's)", async () => {
    const error = { stage: 'scrape', code: 'BOARD_NOT_FOUND', message: 'gone', company: 'Co1' };
    runner.scrapeImpl = async (index) => {
      const result = company(`Co${index}`, 0, error);
      await runner.checkpoints.save('r1', 'scrapeJobs', result, companyKey(index));
      return result;
    };
    const acts = createActivities({ ...runner.services(), discovery });
    const first = await run(acts.scrapeCompany, { runId: 'r1', index: 1 });
    expect(first).toMatchObject({ stage: 'scrapeJobs', index: 1, company: 'Co1', jobs: 0, error });
    runner.scrapeImpl = async (index) => company(`Co${index}`, 4);
    expect(await run(acts.scrapeCompany, { runId: 'r1', index: 2 })).toEqual({
      stage: 'scrapeJobs',
      summary: 'Co2: 4 jobs',
      index: 2,
      company: 'Co2',
      jobs: 4,
    });
  });

  it('sums the per-company checkpoints and counts companies never scraped as attempted', async () => {
    await runner.checkpoints.save('r1', 'scrapeJobs', company('A', 3), companyKey(0));
    const failed = { stage: 'scrape', code: 'BOARD_TIMEOUT', message: 'slow', company: 'B' };
    await runner.checkpoints.save('r1', 'scrapeJobs', company('B', 0, failed), companyKey(1));
    const report = await run(createActivities({ ...runner.services(), discovery }).finishScrape, {
      runId: 'r1',
      attempted: 4,
    });
    expect(await runner.checkpoints.load('r1', 'scrapeJobs')).toEqual({
      companiesAttempted: 4,
      companiesSucceeded: 1,
      jobsScraped: 3,
      errors: [failed],
    });
    expect(report.summary).toBe('3 jobs from 1/4 companies');
  });

  it('hands the workflow errors and a forced status to the aggregate stage, and always reruns it', async () => {
    const extraErrors = [{ stage: 'scrape', code: 'CANCELLED', message: 'cancelled' }];
    await runner.checkpoints.save('r1', 'aggregate', { status: 'success', stats: { jobsInOutput: 9 } });
    runner.stageImpl = async () => {
      await runner.checkpoints.save('r1', 'aggregate', { status: 'partial', stats: { jobsInOutput: 7 } });
      return '7 jobs in the shortlist, status partial';
    };
    const report = await run(createActivities({ ...runner.services(), discovery }).aggregate, {
      runId: 'r1',
      extraErrors,
      status: 'partial' as const,
    });
    expect(runner.calls).toEqual([{ stage: 'aggregate', extra: { errors: extraErrors, status: 'partial' } }]);
    expect(report).toMatchObject({ stage: 'aggregate', status: 'partial', jobsInOutput: 7 });
  });

  it('reports how many companies were found', async () => {
    runner.stageImpl = async (stage) => {
      await runner.checkpoints.save('r1', stage, [{ name: 'A' }, { name: 'B' }]);
      return '2 companies';
    };
    expect(
      await run(createActivities({ ...runner.services(), discovery }).findCompanies, { runId: 'r1' }),
    ).toMatchObject({
      companies: 2,
    });
  });

  it("reports a discovery round: the new company count, the ledger's total and the round's errors", async () => {
    await runner.checkpoints.save('r1', 'findCompanies', [{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
    const scoring = { inputTokens: 5000, outputTokens: 900, estimatedCostUsd: 0.02 };
    const suggestCost = { inputTokens: 900, outputTokens: 200, estimatedCostUsd: 0.004 };
    await runner.checkpoints.save('r1', COST_STAGE, scoring, 'scoreJobs/pass-001');
    const error = { stage: 'findCompanies', code: 'LLM_ERROR', message: 'suggestions failed' };
    discovery.openNextRound.mockImplementation(async (_runId, hooks) => {
      hooks?.onStageDone?.('findCompanies', 'round 2: 1 more companies');
      await runner.checkpoints.save('r1', COST_STAGE, suggestCost, 'discovery/round-002');
      const round = {
        round: 2,
        companies: [],
        cost: suggestCost,
        errors: [error],
        matchesBefore: 1,
        suggested: 0,
        resolved: 0,
      };
      return { opened: true, round };
    });
    const report = await run(createActivities({ ...runner.services(), discovery }).discoverCompanies, { runId: 'r1' });
    expect(report).toEqual({
      stage: 'findCompanies',
      summary: 'round 2: 1 more companies',
      cost: addCosts(scoring, suggestCost),
      companies: 3,
      errors: [error],
    });
    expect(discovery.openNextRound.mock.calls[0]?.[0]).toBe('r1');
  });

  it('reports the unchanged company count and no spend when no round is opened', async () => {
    await runner.checkpoints.save('r1', 'findCompanies', [{ name: 'A' }]);
    const report = await run(createActivities({ ...runner.services(), discovery }).discoverCompanies, { runId: 'r1' });
    expect(report).toEqual({
      stage: 'findCompanies',
      summary: 'no further round',
      cost: emptyCost(),
      companies: 1,
      errors: [],
    });
  });

  it("opens and finishes a saved search's scheduled run through its SearchRuns service", async () => {
    const searchRuns = {
      open: jest.fn(async (_searchId: string, runId: string) => ({ runId, budgetUsd: 1.5 })),
      finish: jest.fn(async () => ({ summary: 'success, 4 jobs' })),
    };
    const acts = createActivities({ ...runner.services(), discovery, searchRuns });
    expect(await run(acts.openSearchRun, { searchId: 's1', runId: 's1-2026' })).toEqual({
      runId: 's1-2026',
      budgetUsd: 1.5,
    });
    expect(searchRuns.open).toHaveBeenCalledWith('s1', 's1-2026');
    const ending = { status: 'partial' as const, errors: [], timings: { notify: 3 } };
    expect(await run(acts.finishSearchRun, { runId: 's1-2026', ...ending })).toEqual({
      stage: 'notify',
      summary: 'success, 4 jobs',
    });
    expect(searchRuns.finish).toHaveBeenCalledWith('s1-2026', ending);
  });

  it('fails a scheduled run for good on a worker without the SearchRuns service', async () => {
    const acts = createActivities({ ...runner.services(), discovery });
    const failure = await failureOf(run(acts.openSearchRun, { searchId: 's1', runId: 'r' }));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'CONFIG_INVALID', nonRetryable: true });
  });
});
