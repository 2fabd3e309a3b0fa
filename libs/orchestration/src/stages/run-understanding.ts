import type { Understanding } from '@job-hunter/domain';
import type { CheckpointRepository } from '@job-hunter/persistence';

/**
 * Checkpoint item (under parsePreferences, beside the stage output at key '') holding what the run
 * understood: the reading, who read it, warnings and the resume summary. The aggregate stage copies
 * the reading into the result and the report writer stores it as understanding.json; under Temporal
 * it travels through the store, so no workflow payload carries it.
 */
export const UNDERSTANDING_KEY = 'understanding';

export function saveRunUnderstanding(
  checkpoints: Pick<CheckpointRepository, 'save'>,
  runId: string,
  understanding: Understanding,
): Promise<void> {
  return checkpoints.save(runId, 'parsePreferences', understanding, UNDERSTANDING_KEY);
}

/** Undefined for a run stored before runs kept their understanding. */
export function loadRunUnderstanding(
  checkpoints: Pick<CheckpointRepository, 'load'>,
  runId: string,
): Promise<Understanding | undefined> {
  return checkpoints.load<Understanding>(runId, 'parsePreferences', UNDERSTANDING_KEY);
}
