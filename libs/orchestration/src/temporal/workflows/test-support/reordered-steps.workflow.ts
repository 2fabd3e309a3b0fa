// A deliberately non-deterministic edit of JobHuntWorkflow (its first two steps swapped), so
// the replay test can prove that recorded histories catch such changes. Never registered.
import { proxyActivities } from '@temporalio/workflow';
import type { JobHuntActivities, JobHuntInput } from '../../activities/activity-contract';

export async function JobHuntWorkflow(input: JobHuntInput): Promise<void> {
  const acts = proxyActivities<JobHuntActivities>({ startToCloseTimeout: '2m', taskQueue: input.queues.default });
  await acts.parsePreferences({ runId: input.runId });
  await acts.parseResume({ runId: input.runId });
}
