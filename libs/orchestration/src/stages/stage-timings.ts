import type { CheckpointRepository } from '@job-hunter/persistence';
import type { StageName } from './stage-names';

/** Per-item checkpoints of this pseudo-stage, one per step: the milliseconds it took so far (every pass summed). */
export const TIMINGS_STAGE = 'timings';

/**
 * Runs `work` and adds its wall time to the step's stored total, failed or not, so a resumed
 * checkpoint run still reports the time its earlier process spent.
 */
export async function timed<T>(
  checkpoints: Pick<CheckpointRepository, 'load' | 'save'>,
  runId: string,
  stage: StageName,
  work: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    const before = (await checkpoints.load<number>(runId, TIMINGS_STAGE, stage)) ?? 0;
    await checkpoints.save(runId, TIMINGS_STAGE, before + Math.round(performance.now() - start), stage);
  }
}

/** The stored step timings of a run, in milliseconds by step. */
export async function loadStageTimings(
  checkpoints: Pick<CheckpointRepository, 'loadAll'>,
  runId: string,
): Promise<Record<string, number>> {
  const rows = await checkpoints.loadAll<number>(runId, TIMINGS_STAGE);
  return Object.fromEntries(rows.map((r) => [r.key, r.data]));
}
