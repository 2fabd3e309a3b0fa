import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { AppConfigModule, loadConfig, type AppConfig } from '@job-hunter/config';
import type {
  CandidateProfile,
  NormalisedJob,
  RunConfig,
  RunResult,
  ScoredJob,
  SearchPreferences,
} from '@job-hunter/domain';
import { CheckpointRepository, PersistenceModule } from '@job-hunter/persistence';
import { CheckpointOrchestrator, OrchestratorModule } from '@job-hunter/orchestration';

export interface PipelineInput {
  runId: string;
  resume: string;
  preferences: string;
  companies: string;
  snapshot: string;
  /** The market's reference time: recency is judged against it, as `job-hunter demo` does. */
  now: string;
}

export interface PipelineOutcome {
  result: RunResult;
  now: string;
  profile: CandidateProfile;
  prefs: SearchPreferences;
  /** The jobs that passed the hard filters: what the scorer was given. */
  candidates: NormalisedJob[];
  /** The offline engine's scores for every candidate, best first. */
  scored: ScoredJob[];
}

/**
 * The real checkpoint pipeline (parse, find companies, scrape the snapshot, process, score,
 * aggregate) in this process, on a throwaway SQLite database, with the offline engine. It is
 * what `job-hunter run --snapshot … --engine heuristic` does, except that `now` is the
 * market's recording date instead of the wall clock, so the labels stay true forever.
 */
export class EvalPipeline {
  private constructor(
    private readonly app: INestApplicationContext,
    private readonly workDir: string,
    readonly config: AppConfig,
  ) {}

  static async open(): Promise<EvalPipeline> {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-eval-'));
    const config = loadConfig({
      JH_DATABASE_URL: `sqlite:${path.join(workDir, 'eval.db')}`,
      JH_OUTPUT_DIR: path.join(workDir, 'output'),
      JH_LOG_LEVEL: 'error',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [AppConfigModule.forRoot(config), PersistenceModule.forRoot(), OrchestratorModule.forRoot()],
    }).compile();
    moduleRef.useLogger(false);
    const app = await moduleRef.init();
    return new EvalPipeline(app, workDir, config);
  }

  async run(input: PipelineInput): Promise<PipelineOutcome> {
    const config: RunConfig = {
      runId: input.runId,
      resumePath: input.resume,
      prefsFile: input.preferences,
      companiesPath: input.companies,
      snapshotDir: input.snapshot,
      engine: 'heuristic',
      orchestrator: 'checkpoint',
      dryRun: true,
      forceRescrape: false,
      outputDir: path.join(this.workDir, 'output'),
      formats: ['json'],
      top: 50,
      maxPerCompany: 3,
      now: input.now,
    };
    const result = await this.app.get(CheckpointOrchestrator).start(config);
    const checkpoints = this.app.get(CheckpointRepository);
    const load = async <T>(stage: string): Promise<T> => {
      const data = await checkpoints.load<T>(input.runId, stage);
      if (data === undefined) throw new Error(`Run ${input.runId} stored no ${stage} checkpoint.`);
      return data;
    };
    return {
      result,
      now: input.now,
      profile: await load<CandidateProfile>('parseResume'),
      prefs: await load<SearchPreferences>('parsePreferences'),
      candidates: (await load<{ jobs: NormalisedJob[] }>('processJobs')).jobs,
      scored: (await load<{ scored: ScoredJob[] }>('scoreJobs')).scored,
    };
  }

  async close(): Promise<void> {
    await this.app.close();
    fs.rmSync(this.workDir, { recursive: true, force: true });
  }
}
