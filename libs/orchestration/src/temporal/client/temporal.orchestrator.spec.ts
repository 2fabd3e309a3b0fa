import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { ApplicationFailure, WorkflowFailedError } from '@temporalio/client';
import { RetryState } from '@temporalio/common';
import { AggregatorAgent, FileNotificationChannel, NotifierAgent } from '@job-hunter/agents';
import type { SearchHistoryRepository, ShortlistedJobRepository } from '@job-hunter/persistence';
import type { JobHuntOutput, JobHuntProgress } from '../activities/activity-contract';
import type { StageName } from '../../stages/stage-names';
import { appConfig } from './temporal-client.fixtures';
import {
  FakeWorkflows,
  MemoryStore,
  runConfig,
  storedResult,
  type ScriptedRun,
} from './temporal-orchestrator.fixtures';
import type { TemporalClientFactory } from './temporal-client.factory';
import { TemporalConnectionError } from './temporal-connection.error';
import { TemporalOrchestrator } from './temporal.orchestrator';
import { settingsOf } from '../../run-settings';
import { RunFinisher } from '../../stages/run-finisher';

const RUN_ID = '20260301-101500-abc123';
const cost = { inputTokens: 1200, outputTokens: 300, estimatedCostUsd: 0.04 };
const notifyError = { stage: 'notify', code: 'NOTIFY_FAILED', message: 'SMTP refused' };

function progress(stage: StageName | null, finishedStages: StageName[]): JobHuntProgress {
  return {
    runId: RUN_ID,
    stage,
    finishedStages,
    companies: { total: 1, done: stage === 'scrapeJobs' ? 0 : 1, failed: 0, running: 1 },
    cost,
    cancelRequested: false,
    budgetExhausted: false,
  };
}

beforeAll(() => Logger.overrideLogger(false));

describe('TemporalOrchestrator', () => {
  let outputDir: string;
  let store: MemoryStore;
  let opened: number;
  /** Each shortlist the finisher recorded: run id and job keys. */
  let shortlists: Array<[string, string[]]>;

  beforeEach(() => {
    outputDir = mkdtempSync(join(tmpdir(), 'jh-temporal-orch-'));
    store = new MemoryStore();
    opened = 0;
    shortlists = [];
  });
  afterEach(() => rmSync(outputDir, { recursive: true, force: true }));

  function orchestrator(workflows: FakeWorkflows | Error): TemporalOrchestrator {
    const clients = {
      open: async () => {
        opened += 1;
        if (workflows instanceof Error) throw workflows;
        return workflows;
      },
      isAvailable: async () => !(workflows instanceof Error),
    } as unknown as TemporalClientFactory;
    const o = new TemporalOrchestrator(
      appConfig(),
      clients,
      store.runRepository,
      store.inputRepository,
      store.checkpointRepository,
      new RunFinisher(
        store.runRepository,
        store.checkpointRepository,
        new AggregatorAgent(),
        new NotifierAgent([new FileNotificationChannel()]),
        {
          record: async (runId: string, jobKeys: readonly string[]) => void shortlists.push([runId, [...jobKeys]]),
        } as unknown as ShortlistedJobRepository,
        // These runs belong to no saved search: their finish never writes a search history.
        {} as SearchHistoryRepository,
      ),
    );
    o.pollIntervalMs = 2;
    return o;
  }

  const succeeding = (output: Partial<JobHuntOutput> = {}): ScriptedRun => ({
    progress: [
      progress('parseResume', []),
      progress('scrapeJobs', ['parseResume', 'parsePreferences', 'findCompanies']),
    ],
    result: async () => {
      // The aggregate stored the run ledger's total; the workflow's last report may be older.
      await store.finishRunAsWorker(storedResult(RUN_ID, { cost }));
      const seen = { inputTokens: 1, outputTokens: 1, estimatedCostUsd: 0.01 };
      const timings = { notify: 3, parseResume: 40 };
      return {
        runId: RUN_ID,
        status: 'partial',
        cost: seen,
        jobsInOutput: 1,
        errors: [notifyError],
        timings,
        ...output,
      };
    },
  });

  it('launches a queued run once, and an abort of its signal sends the workflow the cancel signal', async () => {
    let release: () => void = () => undefined;
    const temporal = new FakeWorkflows({
      ...succeeding(),
      result: () => new Promise<void>((r) => (release = r)).then(succeeding().result),
    });
    const config = runConfig(outputDir, { orchestrator: 'checkpoint' });
    await store.runRepository.create({ ...config, id: RUN_ID, config, startedAt: config.now, status: 'queued' });
    const stop = new AbortController();
    const run = orchestrator(temporal).launch(RUN_ID, {}, stop.signal);
    await new Promise((r) => setTimeout(r, 50));
    expect(store.require(RUN_ID)).toMatchObject({ status: 'running', orchestrator: 'temporal' });
    expect(store.require(RUN_ID).config.orchestrator).toBe('temporal');
    stop.abort();
    expect(temporal.cancelled).toEqual([RUN_ID]);
    release();
    await expect(run).resolves.toMatchObject({ runId: RUN_ID, status: 'partial' });
    expect(temporal.started.map((s) => s.input.runId)).toEqual([RUN_ID]);
    await expect(orchestrator(temporal).launch(RUN_ID)).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
  });

  it('sends the cancel signal to a run started elsewhere', async () => {
    const temporal = new FakeWorkflows(succeeding());
    await expect(orchestrator(temporal).cancel(RUN_ID)).resolves.toBe(true);
    expect(temporal.cancelled).toEqual([RUN_ID]);
    expect(temporal.closed).toBe(1);
  });

  it("sends a scheduled run's cancel signal to the workflow its schedule started", async () => {
    const temporal = new FakeWorkflows(succeeding());
    const runId = 's1-2026-12-06T070000Z';
    await store.runRepository.create({
      id: runId,
      orchestrator: 'temporal',
      engine: 'heuristic',
      config: runConfig('/tmp/jh-unused', { runId, searchId: 's1' }),
      startedAt: '2026-12-06T07:00:01Z',
    });
    await expect(orchestrator(temporal).cancel(runId)).resolves.toBe(true);
    expect(temporal.cancelled).toEqual(['s1-2026-12-06T07:00:00Z']);
  });

  it('starts the workflow from the run record and returns the stored result, written on this machine', async () => {
    const temporal = new FakeWorkflows(succeeding());
    store.seedEarlyStages(RUN_ID);
    const events: string[] = [];
    const resumePath = join(outputDir, 'cv.txt');
    writeFileSync(resumePath, 'Jane Doe\nBackend engineer');
    const result = await orchestrator(temporal).start(runConfig(outputDir, { resumePath }), {
      onStageStart: (s) => events.push(`start ${s}`),
      onStageDone: (s, summary) => events.push(`done ${s}: ${summary}`),
    });

    expect(temporal.started).toEqual([
      {
        input: {
          runId: RUN_ID,
          budgetUsd: 2.5,
          scrapeConcurrency: 32,
          queues: { default: 'jh-default', llm: 'jh-llm', scraping: 'jh-scraping' },
        },
        options: { taskQueue: 'jh-default', timeoutSeconds: 900 },
      },
    ]);
    expect(store.require(RUN_ID).config).toMatchObject({ runId: RUN_ID, orchestrator: 'temporal', outputDir });
    expect(result).toMatchObject({ runId: RUN_ID, orchestrator: 'temporal', status: 'partial', cost });
    expect(result.errors).toEqual([notifyError]);
    // The workflow's step times, in step order.
    expect(Object.entries(result.timings ?? {})).toEqual([
      ['parseResume', 40],
      ['notify', 3],
    ]);

    const runDir = join(outputDir, RUN_ID);
    expect(result.files).toEqual({ json: join(runDir, 'results.json'), csv: expect.stringContaining(runDir) });
    expect(JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8'))).toMatchObject({
      orchestrator: 'temporal',
      status: 'partial',
      jobs: [{ applyUrl: 'https://jobs.lever.co/acme/1234' }],
    });
    expect(existsSync(join(runDir, 'digest.txt'))).toBe(true);
    expect(store.require(RUN_ID).result?.files).toEqual(result.files);
    expect(store.require(RUN_ID).status).toBe('partial');
    // The shortlist's jobs are recorded as first shortlisted by this run (near misses are not).
    expect(shortlists).toEqual([[RUN_ID, ['9f2c4e1a7b3d5c60']]]);

    // Every stage is reported once, in order, with the summary its stored output gives.
    // The client stored the input files with the run and ran no stage itself: every step is the workers'.
    expect(store.inputs.get(RUN_ID)?.map((i) => [i.kind, i.name, i.data.toString('utf8')])).toEqual([
      ['resume', resumePath, 'Jane Doe\nBackend engineer'],
    ]);
    expect(events.filter((e) => e.startsWith('done')).map((e) => e.split(':')[0])).toEqual(
      [
        'parseResume',
        'parsePreferences',
        'findCompanies',
        'scrapeJobs',
        'processJobs',
        'scoreJobs',
        'aggregate',
        'notify',
      ].map((s) => `done ${s}`),
    );
    expect(events).toContain('done findCompanies: 1 companies');
    expect(events).toContain('done scrapeJobs: 4 jobs from 1/1 companies');
    // The worker had no run folder to write the digest to; this machine did.
    expect(events).toContain('done notify: digest written (2 files)');
    expect(temporal.closed).toBe(1);
  });

  it("gives the workflow the run's own budget and stores the settings in the run record", async () => {
    const temporal = new FakeWorkflows(succeeding());
    store.seedEarlyStages(RUN_ID);
    const settings = { ...settingsOf(appConfig()), maxCostPerRunUsd: 0.75, minScore: 80 };
    await orchestrator(temporal).start({ ...runConfig(outputDir), settings });
    expect(temporal.started[0]?.input.budgetUsd).toBe(0.75);
    expect(store.require(RUN_ID).config.settings).toEqual(settings);
  });

  it('writes nothing when Temporal cannot be reached', async () => {
    const down = new TemporalConnectionError('temporal.example.internal:7233', 'connect ECONNREFUSED');
    await expect(orchestrator(down).start(runConfig(outputDir))).rejects.toBe(down);
    expect(store.runs.size).toBe(0);
  });

  it('marks the run failed and keeps the activity error code when the workflow fails', async () => {
    const failure = ApplicationFailure.create({
      type: 'RESUME_UNREADABLE',
      message: 'the resume has no text',
      nonRetryable: true,
    });
    const temporal = new FakeWorkflows({
      result: () =>
        Promise.reject(new WorkflowFailedError('Workflow execution failed', failure, RetryState.NON_RETRYABLE_FAILURE)),
    });
    const error = await orchestrator(temporal)
      .start(runConfig(outputDir))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'RESUME_UNREADABLE',
      message: expect.stringContaining('the resume has no text'),
    });
    expect(store.require(RUN_ID).status).toBe('failed');
    expect(temporal.closed).toBe(1);
  });

  it('leaves the run running when only the connection was lost', async () => {
    const temporal = new FakeWorkflows({
      result: () => Promise.reject(new Error('14 UNAVAILABLE: Connection dropped')),
    });
    await expect(orchestrator(temporal).start(runConfig(outputDir))).rejects.toMatchObject({
      code: 'TEMPORAL_UNAVAILABLE',
      message: expect.stringContaining(`job-hunter status ${RUN_ID}`),
    });
    expect(store.require(RUN_ID).status).toBe('running');
  });

  describe('status', () => {
    beforeEach(() =>
      store.runRepository.create({
        id: RUN_ID,
        orchestrator: 'temporal',
        engine: 'heuristic',
        config: runConfig(outputDir),
        startedAt: '2026-03-01T10:15:00.000Z',
      }),
    );

    it('answers from the progress query while the workflow runs', async () => {
      const temporal = new FakeWorkflows({
        progress: [progress('scrapeJobs', ['parsePreferences', 'parseResume', 'findCompanies'])],
        result: () => new Promise(() => undefined),
      });
      await expect(orchestrator(temporal).status(RUN_ID)).resolves.toMatchObject({
        status: 'running',
        orchestrator: 'temporal',
        currentStage: 'scrapeJobs',
        finishedStages: ['parseResume', 'parsePreferences', 'findCompanies'],
        result: null,
      });
      expect(temporal.closed).toBe(1);
    });

    it('answers from the database when Temporal is down', async () => {
      await store.checkpointRepository.save(RUN_ID, 'parseResume', {});
      const view = await orchestrator(new TemporalConnectionError('x:1', 'down')).status(RUN_ID);
      expect(view).toMatchObject({
        status: 'running',
        finishedStages: ['parseResume'],
        currentStage: 'parsePreferences',
      });
    });

    it('reports a workflow that ended without a result as failed', async () => {
      const temporal = new FakeWorkflows({ state: 'TIMED_OUT', result: () => new Promise(() => undefined) });
      await expect(orchestrator(temporal).status(RUN_ID)).resolves.toMatchObject({
        status: 'failed',
        currentStage: null,
      });
    });

    it('does not ask Temporal about a finished run', async () => {
      await store.runRepository.saveResult(RUN_ID, storedResult(RUN_ID));
      await expect(orchestrator(new FakeWorkflows(succeeding())).status(RUN_ID)).resolves.toMatchObject({
        status: 'success',
      });
      expect(opened).toBe(0);
    });
  });

  describe('resume', () => {
    beforeEach(() =>
      store.runRepository.create({
        id: RUN_ID,
        orchestrator: 'temporal',
        engine: 'heuristic',
        config: runConfig(outputDir),
        startedAt: '2026-03-01T10:15:00.000Z',
      }),
    );

    it('attaches to a running workflow and finishes the run here', async () => {
      const temporal = new FakeWorkflows(succeeding({ status: 'success', errors: [] }));
      const result = await orchestrator(temporal).resume(RUN_ID);
      expect(temporal.started).toEqual([]);
      expect(result).toMatchObject({ status: 'success', orchestrator: 'temporal' });
      expect(existsSync(join(outputDir, RUN_ID, 'results.json'))).toBe(true);
    });

    it('shows the reading once the worker stored it, but not again when attaching after it was stored', async () => {
      const shown = async (seedFirst: boolean): Promise<number> => {
        let calls = 0;
        store.checkpoints.clear();
        if (seedFirst) store.seedEarlyStages(RUN_ID);
        // No progress snapshot: the steps are seen finished once the worker's outputs are stored.
        const temporal = new FakeWorkflows({ result: succeeding({ status: 'success', errors: [] }).result });
        await orchestrator(temporal).resume(RUN_ID, { onUnderstanding: () => (calls += 1) });
        return calls;
      };
      expect(await shown(false)).toBe(1);
      expect(await shown(true)).toBe(0);
    });

    it('returns the stored result of a run that is complete', async () => {
      const done = { ...storedResult(RUN_ID), files: { json: '/somewhere/results.json' } };
      await store.runRepository.saveResult(RUN_ID, done);
      const temporal = new FakeWorkflows({
        state: 'COMPLETED',
        result: () => Promise.reject(new Error('not awaited')),
      });
      await expect(orchestrator(temporal).resume(RUN_ID)).resolves.toEqual(done);
    });

    it('says so when Temporal has no such workflow and no result was stored', async () => {
      const temporal = new FakeWorkflows({ state: 'NOT_FOUND', result: () => Promise.reject(new Error('x')) });
      await expect(orchestrator(temporal).resume(RUN_ID)).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
    });
  });
});
