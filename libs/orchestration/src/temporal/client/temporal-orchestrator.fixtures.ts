import type { RunConfig, RunResult, RunStatus } from '@job-hunter/domain';
import type {
  CheckpointRepository,
  NewRun,
  RunInput,
  RunInputRepository,
  RunRepository,
  StoredRun,
} from '@job-hunter/persistence';
import type { JobHuntOutput, JobHuntProgress } from '../activities/activity-contract';
import type { JobHuntHandle, JobHuntWorkflows, StartJobHunt, WorkflowState } from './job-hunt-workflows.client';
import type { JobHuntInput } from '../activities/activity-contract';

/** The database as the worker and the client share it, in memory. */
export class MemoryStore {
  readonly runs = new Map<string, StoredRun>();
  readonly checkpoints = new Map<string, unknown>();
  /** Input files stored with each run, by run id. */
  readonly inputs = new Map<string, RunInput[]>();

  readonly inputRepository = {
    save: async (runId: string, inputs: readonly RunInput[]) => void this.inputs.set(runId, [...inputs]),
  } as unknown as RunInputRepository;

  readonly runRepository = {
    create: async (run: NewRun) => {
      const fresh = { status: run.status ?? 'running', result: null, finishedAt: null, updatedAt: run.startedAt };
      this.runs.set(run.id, { ...run, ...fresh, heartbeatAt: run.startedAt });
    },
    get: async (id: string) => this.runs.get(id) ?? null,
    startQueued: async (id: string, orchestrator: StoredRun['orchestrator']) => {
      const run = this.runs.get(id);
      if (run?.status !== 'queued') return false;
      this.runs.set(id, { ...run, status: 'running', orchestrator, config: { ...run.config, orchestrator } });
      return true;
    },
    setStatus: async (id: string, status: RunStatus, finishedAt?: string) => {
      const run = this.require(id);
      this.runs.set(id, { ...run, status, finishedAt: finishedAt ?? run.finishedAt });
    },
    saveResult: async (id: string, result: RunResult) => {
      this.runs.set(id, { ...this.require(id), status: result.status, result, finishedAt: result.finishedAt });
    },
  } as unknown as RunRepository;

  readonly checkpointRepository = {
    save: async (runId: string, stage: string, data: unknown) => {
      this.checkpoints.set(`${runId}/${stage}`, structuredClone(data));
    },
    load: async (runId: string, stage: string) => this.checkpoints.get(`${runId}/${stage}`),
    // Whole-stage checkpoints only: no per-item rows (ledger, timings) are kept here.
    loadAll: async () => [],
    stages: async (runId: string) =>
      [...this.checkpoints.keys()].filter((k) => k.startsWith(`${runId}/`)).map((k) => k.slice(runId.length + 1)),
  } as unknown as CheckpointRepository;

  /** What the worker's activities leave behind by the end of a run. */
  async finishRunAsWorker(result: RunResult): Promise<void> {
    this.seedEarlyStages(result.runId);
    const scrape = { companiesAttempted: 1, companiesSucceeded: 1, jobsScraped: 4, errors: [] };
    this.checkpoints.set(`${result.runId}/scrapeJobs`, scrape);
    this.checkpoints.set(`${result.runId}/processJobs`, { jobs: [{}], stats: { jobsScraped: 4 } });
    this.checkpoints.set(`${result.runId}/scoreJobs`, { scored: [{}], engine: 'heuristic' });
    this.checkpoints.set(`${result.runId}/aggregate`, result);
    this.checkpoints.set(`${result.runId}/notify`, { written: [], sent: false, channel: 'none' });
    await this.runRepository.saveResult(result.runId, result);
  }

  /** The first three stages' outputs, as the worker stores them before the progress query shows them finished. */
  seedEarlyStages(runId: string): void {
    this.checkpoints.set(`${runId}/parseResume`, { skills: ['Go'], yearsExperience: 6, seniority: 'senior' });
    this.checkpoints.set(`${runId}/parsePreferences`, {
      roles: ['backend'],
      locations: ['Bengaluru'],
      remoteScopes: ['country'],
    });
    this.checkpoints.set(`${runId}/findCompanies`, [{ name: 'Acme' }]);
  }

  require(id: string): StoredRun {
    const run = this.runs.get(id);
    if (!run) throw new Error(`no run ${id}`);
    return run;
  }
}

export interface ScriptedRun {
  progress?: JobHuntProgress[];
  /** Runs when the result is awaited: the worker's side effects, then the outcome. */
  result: () => Promise<JobHuntOutput>;
  state?: WorkflowState;
}

/** A Temporal that runs scripted workflows and records what it was asked. */
export class FakeWorkflows implements JobHuntWorkflows {
  readonly started: Array<{ input: JobHuntInput; options: StartJobHunt }> = [];
  /** The runs sent the cancel signal. */
  readonly cancelled: string[] = [];
  closed = 0;

  constructor(private readonly script: ScriptedRun) {}

  async start(input: JobHuntInput, options: StartJobHunt): Promise<JobHuntHandle> {
    this.started.push({ input, options });
    return this.attach(input.runId);
  }

  attach(runId: string): JobHuntHandle {
    const snapshots = [...(this.script.progress ?? [])];
    return {
      runId,
      result: () => new Promise((r) => setTimeout(r, 20)).then(() => this.script.result()),
      progress: async () => {
        const next = snapshots.length > 1 ? snapshots.shift() : snapshots[0];
        if (!next) throw new Error('no worker polls the task queue yet');
        return next;
      },
      state: async () => this.script.state ?? 'RUNNING',
      cancel: async () => {
        this.cancelled.push(runId);
      },
    };
  }

  async close(): Promise<void> {
    this.closed += 1;
  }
}

export function runConfig(outputDir: string, over: Partial<RunConfig> = {}): RunConfig {
  return {
    runId: '20260301-101500-abc123',
    resumePath: '/data/resume.pdf',
    prefsText: 'backend roles in Bengaluru or remote India',
    engine: 'heuristic',
    orchestrator: 'temporal',
    dryRun: true,
    forceRescrape: false,
    outputDir,
    formats: ['json', 'csv'],
    top: 50,
    maxPerCompany: 3,
    now: '2026-03-01T10:15:00.000Z',
    ...over,
  };
}

export function storedResult(runId: string, over: Partial<RunResult> = {}): RunResult {
  return {
    runId,
    status: 'success',
    orchestrator: 'temporal',
    engine: 'heuristic',
    startedAt: '2026-03-01T10:15:00.000Z',
    finishedAt: '2026-03-01T10:17:00.000Z',
    stats: {
      companiesAttempted: 1,
      companiesSucceeded: 1,
      jobsScraped: 4,
      jobsAfterDedupe: 4,
      jobsScored: 1,
      jobsInOutput: 1,
      dropped: { location: 3 },
    },
    cost: { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 },
    errors: [],
    jobs: [
      {
        rank: 1,
        jobKey: '9f2c4e1a7b3d5c60',
        score: 88,
        title: 'Senior Backend Engineer',
        company: 'Acme',
        location: 'Bengaluru, India',
        remote: 'hybrid',
        postedAt: '2026-02-20T00:00:00.000Z',
        applyUrl: 'https://jobs.lever.co/acme/1234',
        ats: 'lever',
        matchedSkills: ['Go', 'Postgres'],
        missingSkills: [],
        reasons: ['Go and Postgres match'],
      },
    ],
    ...over,
  };
}
