import { JobHunterError } from '@job-hunter/domain';
import type { CheckpointRepository } from '@job-hunter/persistence';
import type { StageName } from './stage-names';
import type { StageOutputs } from './stage-outputs';

/** A stage's stored output, which a later step needs: missing means the stage has not run (INTERNAL). */
export async function requireCheckpoint<K extends StageName>(
  checkpoints: Pick<CheckpointRepository, 'load'>,
  runId: string,
  stage: K,
): Promise<StageOutputs[K]> {
  const data = await checkpoints.load<StageOutputs[K]>(runId, stage);
  if (data === undefined) {
    throw new JobHunterError('INTERNAL', `Run ${runId} has no checkpoint for stage ${stage}; it must run first.`);
  }
  return data;
}
