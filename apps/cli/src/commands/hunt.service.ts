import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { JobHunterError, type OrchestratorKind, type RunConfig, type RunResult } from '@job-hunter/domain';
import { PrefsParserAgent, ResumeParserAgent, serialiseResult } from '@job-hunter/agents';
import {
  OrchestratorSelector,
  TracedOrchestrator,
  buildRunConfig,
  checkRunInputs,
  loadRunUnderstanding,
  preflightRun,
} from '@job-hunter/orchestration';
import { CheckpointRepository, RunRepository } from '@job-hunter/persistence';
import { ProgressDisplay } from '../progress/progress-display';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes';
import type { HuntOptions } from './hunt-options';
import { renderSummary } from './result-summary';
import { EmbeddedWorker } from './embedded-worker';
import { guardInterrupts } from './interrupt-guard';
import { resumeCommand, type HuntCall } from './resume-hint';

/** What `run` and `demo` do once their options are known. */
@Injectable()
export class HuntService {
  private readonly logger = new Logger('Hunt');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly selector: OrchestratorSelector,
    private readonly resumeParser: ResumeParserAgent,
    private readonly prefsParser: PrefsParserAgent,
    @Inject(STDERR_LOGGER) private readonly stderr: StderrLogger,
    private readonly embedded: EmbeddedWorker,
    private readonly checkpoints: CheckpointRepository,
    private readonly runs: RunRepository,
  ) {}

  async hunt(resume: string | undefined, options: HuntOptions, call: HuntCall = { command: 'run' }): Promise<number> {
    this.stderr.setLevel(options.verbose ? 'debug' : this.config.logLevel);
    const { run, notices } = buildRunConfig(resume, options, this.config, call.now);
    notices.forEach((n) => this.logger.warn(n));
    preflightRun(await this.settingsToCheck(run, options), this.config);
    if (!options.resumeFrom)
      await checkRunInputs(run, { resumeParser: this.resumeParser, prefsParser: this.prefsParser });
    // Checked above; a resumed run writes its reports there from now on.
    if (options.resumeFrom && options.outputDir !== undefined) await this.runs.setOutputDir(run.runId, run.outputDir);
    return this.start(run, resume, options, call);
  }

  /**
   * Runs a checked run to its end (or continues it with `resumeFrom`): progress on stderr, the
   * result on stdout, interrupts recorded; returns the exit code. A saved search's run starts here.
   */
  async start(run: RunConfig, resume: string | undefined, options: HuntOptions, call: HuntCall): Promise<number> {
    const orchestrator = new TracedOrchestrator(await this.selector.select(run.orchestrator));
    const progress = new ProgressDisplay(this.stderr);
    this.logger.log(`Run ${run.runId} (${orchestrator.kind} orchestrator, ${run.engine} engine)`);
    // A resumed run whose preferences were already read shows that reading again before it goes on.
    const stored = options.resumeFrom ? await loadRunUnderstanding(this.checkpoints, run.runId) : undefined;
    if (stored) progress.onUnderstanding(stored);
    const withWorker = this.embedded.wanted(options, orchestrator.kind);
    const release = guardInterrupts(
      async () => {
        progress.stopBar();
        return this.recordInterrupt(
          run.runId,
          orchestrator.kind,
          resumeCommand(call.command, resume, run.runId, orchestrator.kind, withWorker),
        );
      },
      (line) => process.stderr.write(line),
    );
    let result: RunResult;
    try {
      result = await this.embedded.around(withWorker, () =>
        options.resumeFrom ? orchestrator.resume(run.runId, progress) : orchestrator.start(run, progress),
      );
    } finally {
      release();
      progress.stopBar();
    }
    process.stdout.write((options.json ? serialiseResult(result) : renderSummary(result)) + '\n');
    return result.status === 'failed' ? EXIT_FAILED : EXIT_OK;
  }

  /**
   * The settings the run will use: a new run's own; a resumed run's stored ones, with the output
   * folder given now (if any) and the orchestrator asked for now.
   */
  private async settingsToCheck(run: RunConfig, options: HuntOptions): Promise<RunConfig> {
    if (!options.resumeFrom) return run;
    const stored = await this.runs.get(run.runId);
    if (!stored) {
      throw new JobHunterError(
        'RUN_NOT_FOUND',
        `No run with id ${run.runId}: check the id with \`job-hunter status\`.`,
      );
    }
    const outputDir = options.outputDir === undefined ? stored.config.outputDir : run.outputDir;
    return { ...stored.config, outputDir, orchestrator: run.orchestrator };
  }

  /**
   * A checkpoint run stopped here is marked `interrupted`; a Temporal run is left to Temporal (its
   * workflow goes on, or waits for a worker), and resuming attaches to it again.
   */
  private async recordInterrupt(runId: string, kind: OrchestratorKind, resumeWith: string): Promise<string> {
    if (kind === 'checkpoint') await this.runs.markInterrupted(runId);
    const known = (await this.runs.get(runId)) !== null;
    return known ? `Interrupted. Resume with: ${resumeWith}` : 'Interrupted before the run started: nothing to resume.';
  }
}
