import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import type { RunConfig, RunResult } from '@job-hunter/domain';
import { PrefsParserAgent, ResumeParserAgent, loadCompaniesFile, serialiseResult } from '@job-hunter/agents';
import { OrchestratorSelector, loadRunUnderstanding } from '@job-hunter/orchestration';
import { CheckpointRepository } from '@job-hunter/persistence';
import { ProgressDisplay } from '../progress/progress-display';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes';
import { buildRunConfig, type HuntOptions } from './hunt-options';
import { renderSummary } from './result-summary';
import { EmbeddedWorker } from './embedded-worker';

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
  ) {}

  async hunt(resume: string | undefined, options: HuntOptions, now?: Date): Promise<number> {
    this.stderr.setLevel(options.verbose ? 'debug' : this.config.logLevel);
    const { run, notices } = buildRunConfig(resume, options, this.config, now);
    notices.forEach((n) => this.logger.warn(n));
    if (!options.resumeFrom) await this.preflight(run);
    const orchestrator = await this.selector.select(run.orchestrator);
    const progress = new ProgressDisplay(this.stderr);
    this.logger.log(`Run ${run.runId} (${orchestrator.kind} orchestrator, ${run.engine} engine)`);
    // A resumed run whose preferences were already read shows that reading again before it goes on.
    const stored = options.resumeFrom ? await loadRunUnderstanding(this.checkpoints, run.runId) : undefined;
    if (stored) progress.onUnderstanding(stored);
    let result: RunResult;
    try {
      result = await this.embedded.around(this.embedded.wanted(options, orchestrator.kind), () =>
        options.resumeFrom ? orchestrator.resume(run.runId, progress) : orchestrator.start(run, progress),
      );
    } finally {
      progress.stopBar();
    }
    process.stdout.write((options.json ? serialiseResult(result) : renderSummary(result)) + '\n');
    return result.status === 'failed' ? EXIT_FAILED : EXIT_OK;
  }

  /** Reads every input once before anything is written, so bad input exits 2 and leaves nothing behind. */
  private async preflight(run: RunConfig): Promise<void> {
    const profile = await this.resumeParser.parse(run.resumePath, new Date(run.now));
    await this.prefsParser.parse({ text: run.prefsText, file: run.prefsFile }, profile);
    if (run.companiesPath) loadCompaniesFile(run.companiesPath);
  }
}
