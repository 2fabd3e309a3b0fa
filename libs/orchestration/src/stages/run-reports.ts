import * as path from 'node:path';
import type { AggregatorAgent } from '@job-hunter/agents';
import type { RunConfig, RunResult } from '@job-hunter/domain';
import type { CheckpointRepository } from '@job-hunter/persistence';
import { loadRunDecisions } from './run-decisions';
import { loadRunUnderstanding } from './run-understanding';

/** The run's own folder under its output directory, where its report files go. */
export function runDirOf(run: { config: Pick<RunConfig, 'outputDir' | 'runId'> }): string {
  return path.resolve(run.config.outputDir, run.config.runId);
}

/**
 * Writes the report files of a result into the run folder: results.json always (contract section 5),
 * and understanding.json with what the run understood.
 */
export async function writeRunReports(
  r: { aggregator: Pick<AggregatorAgent, 'writeReports'>; checkpoints: Pick<CheckpointRepository, 'load'> },
  result: RunResult,
  config: RunConfig,
): Promise<RunResult['files']> {
  const formats = [...new Set(['json' as const, ...config.formats])];
  const understanding = await loadRunUnderstanding(r.checkpoints, config.runId);
  const decisions = await loadRunDecisions(r.checkpoints, config.runId);
  return r.aggregator.writeReports(result, runDirOf({ config }), formats, { understanding, decisions });
}
