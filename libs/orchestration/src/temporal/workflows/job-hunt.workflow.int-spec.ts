import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { createTestEnv, historyToJson } from '@job-hunter/testing';
import { progressQuery } from './index';
import { nonRetryable, succeeded, useHuntEnv } from './test-support/workflow-harness';

jest.setTimeout(30_000);

const { runHunt, bundle } = useHuntEnv(createTestEnv);
// Recorded before discovery rounds and with two rounds before local steps (both replay through
// patched()); the first test records the current version's history.
const ROUNDS_FIXTURE = path.join(__dirname, 'histories', 'job-hunt-discovery.json');
const FIXTURE = path.join(__dirname, 'histories', 'job-hunt-local-steps.json');

const STEPS = [
  'parseResume',
  'parsePreferences',
  'findCompanies',
  'scrapeCompany',
  'finishScrape',
  'processJobs',
  'scoreJobs',
  'discoverCompanies',
  'aggregate',
  'notify',
];
describe('JobHuntWorkflow', () => {
  it("runs the steps in order on their queues, keeps the run's cost as reported and replays its own history", async () => {
    let final: unknown;
    const run = await runHunt({
      companies: 3,
      behaviour: { findCompanies: { costUsd: 0.1 }, scoreJobs: { costUsd: 0.2, delayMs: 300 } },
      during: async (handle) => {
        await handle.result();
        final = await handle.query(progressQuery);
      },
    });
    const out = succeeded(run);
    expect(run.log.order()).toEqual(STEPS);
    expect(out).toMatchObject({ runId: run.input.runId, status: 'success', jobsInOutput: 5, errors: [] });
    expect(out.cost.estimatedCostUsd).toBeCloseTo(0.3);
    expect(out.cost.inputTokens).toBe(2000);
    const queueOf = {
      default: run.input.queues.default,
      llm: run.input.queues.llm,
      scraping: run.input.queues.scraping,
    };
    const expected: Record<string, string> = {
      parseResume: queueOf.default,
      parsePreferences: queueOf.default,
      findCompanies: queueOf.llm,
      scrapeCompany: queueOf.scraping,
      // A local activity, run by the workflow's worker.
      finishScrape: queueOf.default,
      processJobs: queueOf.default,
      scoreJobs: queueOf.llm,
      discoverCompanies: queueOf.llm,
      aggregate: queueOf.default,
      notify: queueOf.default,
    };
    for (const call of run.log.calls) expect([call.name, call.taskQueue]).toEqual([call.name, expected[call.name]]);
    expect(
      run.log
        .called('scrapeCompany')
        .map((c) => c.index)
        .sort(),
    ).toEqual([0, 1, 2]);
    expect(run.log.called('finishScrape')[0]?.input).toEqual({ runId: run.input.runId, attempted: 3 });
    // The scorer and aggregate read the run's budget and cost from the run itself.
    expect(run.log.called('scoreJobs')[0]?.input).toEqual({ runId: run.input.runId });
    expect(run.log.called('aggregate')[0]?.input).toEqual({ runId: run.input.runId, extraErrors: [] });
    expect(final).toMatchObject({
      stage: null,
      finishedStages: STEPS.filter(
        (s) => !['scrapeCompany', 'finishScrape', 'discoverCompanies'].includes(s),
      ).toSpliced(3, 0, 'scrapeJobs'),
    });
    // Each step's time in workflow time: scoring took at least its 300 ms.
    expect(Object.keys(out.timings ?? {})).toEqual(expect.arrayContaining(['parseResume', 'scrapeJobs', 'notify']));
    expect(out.timings?.['scoreJobs']).toBeGreaterThanOrEqual(300);

    const history = await run.handle.fetchHistory();
    // finishScrape, aggregate and notify ran as local activities: the server scheduled only the others.
    const scheduled = history.events?.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
    expect([...new Set(scheduled)]).toEqual(STEPS.filter((s) => !['finishScrape', 'aggregate', 'notify'].includes(s)));
    await Worker.runReplayHistory({ workflowBundle: bundle() }, history);
    // Delete the fixture to record a new one after an intended, versioned change.
    if (!existsSync(FIXTURE)) writeFileSync(FIXTURE, `${historyToJson(history)}\n`);
  });

  it('runs discovery rounds: scrapes only the added companies, then processes and scores again', async () => {
    let final: unknown;
    const run = await runHunt({
      companies: 2,
      discovered: [4, 5, 5],
      behaviour: { scoreJobs: { costUsd: 0.1 }, discoverCompanies: { costUsd: 0.01 } },
      during: async (handle) => {
        await handle.result();
        final = await handle.query(progressQuery);
      },
    });
    const out = succeeded(run);
    expect(out.status).toBe('success');
    const scrapes = run.log.called('scrapeCompany').map((c) => c.index);
    expect([...scrapes].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(run.log.called('finishScrape').map((c) => (c.input as { attempted: number }).attempted)).toEqual([2, 4, 5]);
    expect(run.log.called('processJobs')).toHaveLength(3);
    expect(run.log.called('scoreJobs')).toHaveLength(3);
    // The third round adds nothing: the run aggregates once, after it.
    expect(run.log.called('discoverCompanies')).toHaveLength(3);
    const names = run.log.calls.map((c) => c.name);
    expect(names.slice(names.indexOf('discoverCompanies') + 1, names.indexOf('discoverCompanies') + 4)).toEqual([
      'scrapeCompany',
      'scrapeCompany',
      'finishScrape',
    ]);
    expect(names.slice(-2)).toEqual(['aggregate', 'notify']);
    expect(out.cost.estimatedCostUsd).toBeCloseTo(0.33);
    expect(final).toMatchObject({ companies: { total: 5, done: 5, failed: 0, running: 0 } });

    const history = await run.handle.fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: bundle() }, history);
    if (!existsSync(ROUNDS_FIXTURE)) writeFileSync(ROUNDS_FIXTURE, `${historyToJson(history)}\n`);
  });

  it('records a failed discovery round and aggregates what it has, partial', async () => {
    const run = await runHunt({
      companies: 2,
      behaviour: { discoverCompanies: { fail: () => nonRetryable('LLM_AUTH') } },
    });
    const out = succeeded(run);
    expect(out.status).toBe('partial');
    expect(out.errors.map((e) => [e.stage, e.code])).toEqual([['findCompanies', 'LLM_AUTH']]);
    expect(run.log.called('scoreJobs')).toHaveLength(1);
    expect(run.log.order().slice(-2)).toEqual(['aggregate', 'notify']);
  });

  it('scrapes companies in parallel: eight 1 s scrapes take about one scrape', async () => {
    const run = await runHunt({
      companies: 8,
      input: { scrapeConcurrency: 8 },
      behaviour: { scrapeCompany: { delayMs: 1000 } },
    });
    expect(succeeded(run).status).toBe('success');
    expect(run.log.maxInFlight('scrapeCompany')).toBe(8);
    expect(run.elapsedMs).toBeLessThan(3000);
  });

  it('never runs more scrapes at once than the concurrency cap', async () => {
    const run = await runHunt({
      companies: 6,
      input: { scrapeConcurrency: 2 },
      behaviour: { scrapeCompany: { delayMs: 300 } },
    });
    expect(succeeded(run).status).toBe('success');
    expect(run.log.maxInFlight('scrapeCompany')).toBe(2);
    expect(run.log.called('scrapeCompany')).toHaveLength(6);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(900);
  });

  it('retries a scrape that fails once, then succeeds', async () => {
    const run = await runHunt({
      companies: 2,
      behaviour: {
        scrapeCompany: {
          fail: (attempt, index) =>
            index === 1 && attempt === 1 ? ApplicationFailure.retryable('board 503', 'BOARD_HTTP_ERROR') : undefined,
        },
      },
    });
    expect(succeeded(run)).toMatchObject({ status: 'success', errors: [] });
    expect(
      run.log
        .called('scrapeCompany')
        .filter((c) => c.index === 1)
        .map((c) => [c.attempt, c.outcome]),
    ).toEqual([
      [1, 'failed'],
      [2, 'ok'],
    ]);
  });

  it('records a scrape that fails for good and finishes partial', async () => {
    const run = await runHunt({
      companies: 3,
      behaviour: {
        scrapeCompany: {
          fail: (_attempt, index) => (index === 0 ? nonRetryable('BOARD_NOT_FOUND', 'Acme') : undefined),
        },
      },
    });
    const out = succeeded(run);
    expect(out.status).toBe('partial');
    expect(out.errors).toEqual([
      { stage: 'scrapeJobs', code: 'BOARD_NOT_FOUND', message: 'BOARD_NOT_FOUND in a stub', company: 'Acme' },
    ]);
    expect(run.log.called('scrapeCompany').filter((c) => c.index === 0)).toHaveLength(1);
    expect(run.log.called('aggregate')[0]?.input).toMatchObject({ status: 'partial', extraErrors: out.errors });
    expect(run.log.called('scoreJobs')).toHaveLength(1);
  });

  it('finishes failed when every scrape fails for good, and stays failed when notify fails too', async () => {
    const run = await runHunt({
      companies: 2,
      behaviour: {
        scrapeCompany: { fail: (_attempt, index) => nonRetryable('BOARD_NOT_FOUND', `Company ${index}`) },
        notify: { fail: () => nonRetryable('NOTIFY_FAILED') },
      },
    });
    const out = succeeded(run);
    expect(out.status).toBe('failed');
    expect(out.errors.map((e) => [e.stage, e.code])).toEqual([
      ['scrapeJobs', 'BOARD_NOT_FOUND'],
      ['scrapeJobs', 'BOARD_NOT_FOUND'],
      ['notify', 'NOTIFY_FAILED'],
    ]);
    expect(run.log.called('aggregate')).toHaveLength(1);
  });

  it('skips scoring and aggregates partial results when processing fails, and stays partial when notify fails', async () => {
    const run = await runHunt({
      behaviour: {
        processJobs: { fail: () => nonRetryable('INTERNAL') },
        notify: { fail: () => nonRetryable('NOTIFY_FAILED') },
      },
    });
    const out = succeeded(run);
    expect(out.status).toBe('partial');
    expect(out.errors.map((e) => [e.stage, e.code])).toEqual([
      ['processJobs', 'INTERNAL'],
      ['notify', 'NOTIFY_FAILED'],
    ]);
    expect(run.log.called('scoreJobs')).toHaveLength(0);
    expect(run.log.called('aggregate')).toHaveLength(1);
  });

  it('fails the run when a step it cannot do without fails', async () => {
    const run = await runHunt({
      behaviour: { parseResume: { fail: () => nonRetryable('RESUME_UNREADABLE') } },
    });
    expect(run.outcome.ok).toBe(false);
    expect(run.outcome.ok ? null : run.outcome.error).toBeInstanceOf(WorkflowFailedError);
    expect(run.log.order()).toEqual(['parseResume']);
  });
});
