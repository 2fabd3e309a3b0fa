import type { JobHuntOutput, JobHuntProgress } from '../activities/activity-contract';
import type { StageName } from '../../stages/stage-names';
import type { JobHuntHandle } from './job-hunt-workflows.client';
import { ProgressReporter, awaitWorkflow } from './workflow-progress';

function snapshot(over: Partial<JobHuntProgress> = {}): JobHuntProgress {
  return {
    runId: 'r1',
    stage: null,
    finishedStages: [],
    companies: { total: 0, done: 0, failed: 0, running: 0 },
    cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 },
    cancelRequested: false,
    budgetExhausted: false,
    ...over,
  };
}

function recorder() {
  const events: string[] = [];
  const hooks = {
    onStageStart: (s: StageName) => events.push(`start ${s}`),
    onStageDone: (s: StageName, summary: string) => events.push(`done ${s}: ${summary}`),
    onScrapeProgress: (done: number, total: number) => events.push(`scraped ${done}/${total}`),
    onNotice: (m: string) => events.push(`notice ${m.slice(0, 20)}`),
  };
  const reporter = new ProgressReporter(hooks, async (s) => `summary of ${s}`);
  return { events, reporter };
}

describe('ProgressReporter', () => {
  it('reports each stage once, in stage order, even when polling skipped some', async () => {
    const { events, reporter } = recorder();
    await reporter.update(snapshot({ stage: 'parseResume' }));
    await reporter.update(snapshot({ stage: 'parseResume' }));
    await reporter.update(snapshot({ stage: 'findCompanies', finishedStages: ['parsePreferences', 'parseResume'] }));
    expect(events).toEqual([
      'start parseResume',
      'done parseResume: summary of parseResume',
      'start parsePreferences',
      'done parsePreferences: summary of parsePreferences',
      'start findCompanies',
    ]);
  });

  it('reports scraping progress when the finished count moves, failed companies included', async () => {
    const { events, reporter } = recorder();
    const scraping = (done: number, failed: number) =>
      snapshot({ stage: 'scrapeJobs', companies: { total: 10, done, failed, running: 2 } });
    await reporter.update(scraping(3, 1));
    await reporter.update(scraping(3, 1));
    await reporter.update(scraping(7, 2));
    expect(events.filter((e) => e.startsWith('scraped'))).toEqual(['scraped 3/10', 'scraped 7/10']);
  });

  it('notices the budget guardrail once', async () => {
    const { events, reporter } = recorder();
    await reporter.update(snapshot({ stage: 'scoreJobs', budgetExhausted: true }));
    await reporter.update(snapshot({ stage: 'aggregate', budgetExhausted: true }));
    expect(events.filter((e) => e.startsWith('notice'))).toHaveLength(1);
  });
});

describe('awaitWorkflow', () => {
  const output: JobHuntOutput = {
    runId: 'r1',
    status: 'success',
    cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 },
    jobsInOutput: 3,
    errors: [],
  };

  it('feeds the reporter from the progress query until the result arrives', async () => {
    const { events, reporter } = recorder();
    let polls = 0;
    let finish: (o: JobHuntOutput) => void = () => undefined;
    const handle: JobHuntHandle = {
      runId: 'r1',
      result: () => new Promise((resolve) => (finish = resolve)),
      progress: async () => {
        polls += 1;
        if (polls === 3) finish(output);
        return snapshot({
          stage: polls === 1 ? 'parseResume' : 'parsePreferences',
          finishedStages: polls > 1 ? ['parseResume'] : [],
        });
      },
      state: async () => 'RUNNING',
      cancel: async () => undefined,
    };
    await expect(awaitWorkflow(handle, reporter, 1)).resolves.toEqual({ ok: true, value: output });
    expect(events.slice(0, 3)).toEqual([
      'start parseResume',
      'done parseResume: summary of parseResume',
      'start parsePreferences',
    ]);
  });

  it('never lets a query that hangs (no worker yet) hold up the result', async () => {
    const { reporter } = recorder();
    const handle: JobHuntHandle = {
      runId: 'r1',
      result: () => new Promise((resolve) => setTimeout(() => resolve(output), 30)),
      progress: () => new Promise(() => undefined),
      state: async () => 'RUNNING',
      cancel: async () => undefined,
    };
    const started = Date.now();
    await expect(awaitWorkflow(handle, reporter, 1)).resolves.toMatchObject({ ok: true });
    // A hang would never resolve; the bound is loose so a loaded machine cannot fail it.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('hands back a failed result instead of throwing', async () => {
    const { reporter } = recorder();
    const boom = new Error('boom');
    const handle: JobHuntHandle = {
      runId: 'r1',
      result: () => Promise.reject(boom),
      progress: () => Promise.reject(new Error('no worker')),
      state: async () => 'FAILED',
      cancel: async () => undefined,
    };
    await expect(awaitWorkflow(handle, reporter, 1)).resolves.toEqual({ ok: false, error: boom });
  });
});
