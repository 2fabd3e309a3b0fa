import { WorkflowFailedError } from '@temporalio/client';
import { createTestEnv } from '@job-hunter/testing';
import { cancelSignal, progressQuery } from './index';
import { eventually, succeeded, useHuntEnv } from './test-support/workflow-harness';

// Stopping a run: the budget guardrail, the cancel signal, the execution timeout.
jest.setTimeout(30_000);

const { runHunt } = useHuntEnv(createTestEnv);

describe('JobHuntWorkflow stops', () => {
  it('stops at the budget: cancels scrapes in flight, starts no more, skips scoring, ends partial', async () => {
    let final: unknown;
    const run = await runHunt({
      during: async (handle) => {
        await handle.result();
        final = await handle.query(progressQuery);
      },
      companies: 6,
      input: { budgetUsd: 1.5, scrapeConcurrency: 3 },
      behaviour: {
        findCompanies: { costUsd: 1.0 },
        scrapeCompany: { delayMs: (i) => (i === 0 ? 100 : 8000), costUsd: (i) => (i === 0 ? 1.0 : 0) },
      },
    });
    const out = succeeded(run);
    expect(out.status).toBe('partial');
    expect(out.cost.estimatedCostUsd).toBeCloseTo(2.0);
    const scrapes = run.log.called('scrapeCompany');
    expect(scrapes.map((c) => [c.index, c.outcome]).sort()).toEqual([
      [0, 'ok'],
      [1, 'cancelled'],
      [2, 'cancelled'],
    ]);
    expect(run.log.called('scoreJobs')).toHaveLength(0);
    expect(run.log.order().slice(-4)).toEqual(['finishScrape', 'processJobs', 'aggregate', 'notify']);
    const finishStarted = run.log.first('finishScrape').startSeq;
    for (const scrape of scrapes) expect(scrape.endSeq).toBeLessThan(finishStarted);
    expect(out.errors.filter((e) => e.code === 'BUDGET_EXCEEDED')).toHaveLength(3);
    expect(final).toMatchObject({ budgetExhausted: true, cancelRequested: false });
    expect(run.elapsedMs).toBeLessThan(5000);
  });

  it('goes on without paid calls when reading the resume and preferences spent the budget', async () => {
    const run = await runHunt({
      companies: 3,
      input: { budgetUsd: 0.05 },
      behaviour: { parseResume: { costUsd: 0.03 }, parsePreferences: { costUsd: 0.03 } },
    });
    const out = succeeded(run);
    expect(out.status).toBe('partial');
    expect(run.log.called('scrapeCompany').map((c) => c.outcome)).toEqual(['ok', 'ok', 'ok']);
    // Scoring still runs: its ledger, seeded with the run's spend, allows no paid call.
    expect(run.log.called('scoreJobs').map((c) => c.input)).toEqual([{ runId: run.input.runId }]);
    expect(out.errors).toEqual([
      {
        stage: 'parsePreferences',
        code: 'BUDGET_EXCEEDED',
        message: expect.stringContaining('the run goes on without paid calls'),
      },
    ]);
    expect(run.log.order().slice(-2)).toEqual(['aggregate', 'notify']);
  });

  it('answers the progress query while running and stops gracefully on the cancel signal', async () => {
    const run = await runHunt({
      companies: 4,
      input: { scrapeConcurrency: 2 },
      behaviour: { scrapeCompany: { delayMs: 8000 } },
      during: async (handle, log) => {
        await eventually(() => log.called('scrapeCompany').length === 2, 'two scrapes running');
        const progress = await handle.query(progressQuery);
        expect(progress).toMatchObject({
          stage: 'scrapeJobs',
          finishedStages: ['parseResume', 'parsePreferences', 'findCompanies'],
          companies: { total: 4, done: 0, failed: 0, running: 2 },
          cancelRequested: false,
        });
        await handle.signal(cancelSignal, 'user asked');
      },
    });
    const out = succeeded(run);
    expect(out.status).toBe('partial');
    expect(run.log.called('scrapeCompany').map((c) => c.outcome)).toEqual(['cancelled', 'cancelled']);
    expect(run.log.called('scoreJobs')).toHaveLength(0);
    const aggregateInput = run.log.called('aggregate')[0]?.input as {
      extraErrors: Array<{ code: string; message: string }>;
    };
    expect(aggregateInput.extraErrors[0]).toMatchObject({
      code: 'CANCELLED',
      message: expect.stringContaining('user asked'),
    });
    expect(run.log.order().slice(-4)).toEqual(['finishScrape', 'processJobs', 'aggregate', 'notify']);
    expect(run.elapsedMs).toBeLessThan(5000);
  });

  it('cancels scoring in flight on the cancel signal and still aggregates', async () => {
    const run = await runHunt({
      behaviour: { scoreJobs: { delayMs: 8000 } },
      during: async (handle, log) => {
        await eventually(() => log.called('scoreJobs').length === 1, 'scoring started');
        await handle.signal(cancelSignal);
      },
    });
    expect(succeeded(run).status).toBe('partial');
    expect(run.log.called('scoreJobs').map((c) => c.outcome)).toEqual(['cancelled']);
    // The workflow waits for the cancel to be acknowledged before aggregating.
    expect(run.log.first('scoreJobs').endSeq).toBeLessThan(run.log.first('aggregate').startSeq);
    expect(succeeded(run).errors.map((e) => [e.stage, e.code])).toEqual([
      ['scoreJobs', 'CANCELLED'],
      ['scoreJobs', 'CANCELLED'],
    ]);
    expect(run.log.order().slice(-2)).toEqual(['aggregate', 'notify']);
    expect(run.elapsedMs).toBeLessThan(5000);
  });

  it('fails a run cancelled before any company was found, after the running step', async () => {
    const run = await runHunt({
      behaviour: { parseResume: { delayMs: 500 } },
      during: async (handle, log) => {
        await eventually(() => log.called('parseResume').length === 1, 'parseResume started');
        await handle.signal(cancelSignal);
      },
    });
    expect(run.outcome.ok).toBe(false);
    const cause = run.outcome.ok ? undefined : (run.outcome.error as WorkflowFailedError).cause;
    expect(cause).toMatchObject({ type: 'CANCELLED' });
    expect(run.log.order()).toEqual(['parseResume', 'parsePreferences']);
  });

  it('gives up at the workflow execution timeout', async () => {
    const run = await runHunt({
      companies: 1,
      behaviour: { scrapeCompany: { delayMs: 10_000 } },
      start: { workflowExecutionTimeout: '2s' },
    });
    expect(run.outcome.ok).toBe(false);
    const error = run.outcome.ok ? undefined : run.outcome.error;
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect(String((error as WorkflowFailedError).message)).toMatch(/timed out/i);
    expect(run.elapsedMs).toBeLessThan(6000);
  });
});
