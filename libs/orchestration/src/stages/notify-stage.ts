import { redactSecrets } from '@job-hunter/config';
import { errorMessage, isJobHunterError, runStatus, type RunError, type RunResult } from '@job-hunter/domain';
import type { StageContext } from './stage-context';
import type { StageOutputs } from './stage-outputs';
import type { StageRunner } from './stage-runner';
import { runDirOf, writeRunReports } from './run-reports';

/**
 * Sends or writes the digest. A run can do without the email: under Temporal the workflow records
 * a failed notify and ends the run `partial`; the checkpoint pipeline does the same here. The
 * error goes into the result (the stored run and the report files), and the digest is kept in
 * the run folder, rendered from that result.
 */
export async function notifyRun(r: StageRunner, ctx: StageContext): Promise<StageOutputs['notify']> {
  const result = await ctx.load('aggregate');
  const runDir = ctx.local ? runDirOf(ctx) : undefined;
  const deliver = (res: RunResult, dryRun: boolean) =>
    r.notifier.notify(res, { runDir, email: ctx.config.email, dryRun });
  if (!ctx.local) return deliver(result, ctx.config.dryRun);
  try {
    return await deliver(result, ctx.config.dryRun);
  } catch (e) {
    const error: RunError = {
      stage: 'notify',
      code: isJobHunterError(e) ? e.code : 'INTERNAL',
      message: redactSecrets(errorMessage(e), r.config),
    };
    const errors = [...result.errors, error];
    // A lost digest makes a run partial, never better than it was: a run no board answered stays failed.
    const partial: RunResult = { ...result, status: runStatus(result.stats, errors, 'partial'), errors };
    partial.files = await writeRunReports(r, partial, ctx.config);
    await r.runs.saveResult(ctx.config.runId, partial);
    ctx.hooks.onNotice?.(`${error.message} The digest is in ${runDir} instead.`);
    return deliver(partial, true);
  }
}
