import type { StageContext } from './stage-context';
import type { StageOutputs } from './stage-outputs';
import type { NotifierAgent } from '@job-hunter/agents';

/**
 * Sends the digest by email when the run asked for it. The same on every machine: the digest
 * files are written into the run folder by finishRun (RunFinisher), on the machine that asked for
 * the run. A failure is the orchestrator's to record: the run then ends `partial`.
 */
export async function notifyRun(
  notifier: Pick<NotifierAgent, 'notify'>,
  ctx: StageContext,
): Promise<StageOutputs['notify']> {
  const result = await ctx.load('aggregate');
  return notifier.notify(result, { email: ctx.config.email, dryRun: ctx.config.dryRun });
}
