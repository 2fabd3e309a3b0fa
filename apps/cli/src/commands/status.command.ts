import { Inject } from '@nestjs/common';
import { Command, CommandRunner, Option } from 'nest-commander';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { STDERR_LOGGER, type StderrLogger } from '../logging/stderr.logger';
import { CheckpointOrchestrator, OrchestratorSelector, type RunStatusView } from '@job-hunter/orchestration';
import { readingText } from '@job-hunter/domain';
import { CommandOutcome } from './command-outcome';
import { EXIT_OK } from '../exit-codes';

@Command({ name: 'status', arguments: '<run-id>', description: 'progress and result of a run' })
export class StatusCommand extends CommandRunner {
  constructor(
    private readonly checkpoint: CheckpointOrchestrator,
    private readonly selector: OrchestratorSelector,
    private readonly outcome: CommandOutcome,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STDERR_LOGGER) private readonly logger: StderrLogger,
  ) {
    super();
  }

  @Option({ flags: '--json', description: 'print the status object on stdout' })
  parseJson(): boolean {
    return true;
  }

  async run([runId]: string[], options: { json?: boolean }): Promise<void> {
    this.logger.setLevel(this.config.logLevel);
    await this.outcome.capture(async () => {
      // The run record says which orchestrator owns the run; that one answers.
      const stored = await this.checkpoint.status(runId as string);
      const view =
        stored.orchestrator === 'checkpoint'
          ? stored
          : await this.selector.owner(stored.orchestrator).status(runId as string);
      process.stdout.write((options.json ? JSON.stringify(view, null, 2) : renderStatus(view)) + '\n');
      return EXIT_OK;
    });
  }
}

/** The human view of `status` (without --json). */
export function renderStatus(v: RunStatusView): string {
  const status = v.noHeartbeatSince ? `${v.status} (no heartbeat since ${v.noHeartbeatSince})` : v.status;
  const lines = [
    `Run ${v.runId}: ${status} (${v.orchestrator})`,
    `Started ${v.startedAt}${v.finishedAt ? `, finished ${v.finishedAt}` : ''}`,
    `Finished stages: ${v.finishedStages.join(', ') || 'none'}`,
  ];
  if (v.status === 'queued') lines.push("Waiting in the API's queue: it starts when a place is free.");
  if (v.currentStage) lines.push(`Next stage: ${v.currentStage}`);
  if (v.status === 'interrupted') lines.push(`Continue it with: job-hunter run <resume> --resume-from ${v.runId}`);
  if (v.result?.reading) lines.push(`What we understood: ${readingText(v.result.reading, v.result.filledFromResume)}`);
  if (v.result) {
    lines.push(`Shortlist: ${v.result.jobs.length} jobs`);
    const report = v.result.files?.html ?? v.result.files?.json;
    if (report) lines.push(`Report: ${report}`);
  }
  return lines.join('\n');
}
