import type { AppConfig } from '@job-hunter/config';
import type { RunConfig, RunSettings } from '@job-hunter/domain';

/** The run-tuning values of this process's config, as a new run fixes them (no secrets). */
export function settingsOf(config: AppConfig): RunSettings {
  const { llm, scraping } = config;
  return {
    minScore: llm.minScore,
    targetMatches: llm.targetMatches,
    maxDiscoveryIterations: llm.maxDiscoveryIterations,
    topKSemantic: llm.topKSemantic,
    maxCostPerRunUsd: llm.maxCostPerRunUsd,
    model: llm.model,
    boardDeadlineMs: scraping.boardDeadlineMs,
  };
}

/** A run config with its settings fixed: kept when it has them, else taken from `config` now. */
export function withSettings(run: RunConfig, config: AppConfig): RunConfig {
  return run.settings ? run : { ...run, settings: settingsOf(config) };
}

/**
 * The settings a stage or worker must use for a run: the run's own; for a run stored before runs
 * kept them, the reading process's config.
 */
export function runSettings(run: Pick<RunConfig, 'settings'>, config: AppConfig): RunSettings {
  return run.settings ?? settingsOf(config);
}
