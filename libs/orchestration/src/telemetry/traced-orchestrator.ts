import { traceRun } from '@job-hunter/telemetry';
import type { RunConfig, RunResult } from '@job-hunter/domain';
import type { Orchestrator, RunStatusView } from '../orchestrator';
import type { RunHooks } from '../stages/stage-context';

/**
 * An orchestrator whose start, launch and resume each run inside a `job-hunter.run` span and are counted
 * in job_hunter_runs_total when they end. The selector hands out this wrapper, so both
 * orchestrators are traced the same way, and under Temporal the run span is the parent the
 * client interceptor sends to the workflow and its activities.
 */
export class TracedOrchestrator implements Orchestrator {
  constructor(private readonly inner: Orchestrator) {}

  get kind(): Orchestrator['kind'] {
    return this.inner.kind;
  }

  start(config: RunConfig, hooks?: RunHooks, signal?: AbortSignal): Promise<RunResult> {
    return traceRun(config.runId, this.kind, () => this.inner.start(config, hooks, signal));
  }

  launch(runId: string, hooks?: RunHooks, signal?: AbortSignal): Promise<RunResult> {
    return traceRun(runId, this.kind, () => this.inner.launch(runId, hooks, signal));
  }

  resume(runId: string, hooks?: RunHooks): Promise<RunResult> {
    return traceRun(runId, this.kind, () => this.inner.resume(runId, hooks));
  }

  status(runId: string): Promise<RunStatusView> {
    return this.inner.status(runId);
  }

  cancel(runId: string): Promise<boolean> {
    return this.inner.cancel(runId);
  }
}
