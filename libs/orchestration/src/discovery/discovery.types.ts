import type { Company, CostSummary, RunError } from '@job-hunter/domain';

/** Discovery rounds are stored as per-item checkpoints of this pseudo-stage, one key per round. */
export const DISCOVERY_STAGE = 'discovery';

/** The stages a new round runs again; their per-company rows stay, so only new companies are scraped. */
export const REOPENED_STAGES = ['scrapeJobs', 'processJobs', 'scoreJobs'] as const;

/** One discovery round (round 2 onwards), as stored before it is applied. */
export interface DiscoveryRound {
  round: number;
  /** The companies it adds; empty when nothing new could be found (discovery stops). */
  companies: Company[];
  /** The round's own paid call (Claude's suggestions); the run ledger holds it too, under the round's entry. */
  cost: CostSummary;
  errors: RunError[];
  /** Companies with a good match when the round was decided. */
  matchesBefore: number;
  suggested: number;
  resolved: number;
}

export function roundKey(round: number): string {
  return `round-${String(round).padStart(3, '0')}`;
}

/**
 * What opening a round did. `opened`: the reopened stages must run again. `round`: the round
 * this call stored or finished applying (its spend and errors are new to the caller).
 */
export interface RoundOutcome {
  opened: boolean;
  round?: DiscoveryRound;
}
