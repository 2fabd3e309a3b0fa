import { companyNameKey } from '@job-hunter/agents';
import type { ScoredJob } from '@job-hunter/domain';

/** Good matches counted once per company: ten great jobs at one employer are one option, not ten. */
export function distinctGoodCompanies(scored: readonly ScoredJob[], minScore: number): number {
  const companies = new Set<string>();
  for (const s of scored) {
    if (s.score >= minScore) companies.add(companyNameKey(s.job.company));
  }
  return companies.size;
}

export type StopReason = 'companies-file' | 'target-reached' | 'max-rounds' | 'exhausted';

export interface RoundState {
  /** The run searches the user's own companies file: no discovery (contract §1). */
  companiesFile: boolean;
  /** Rounds done so far, the first included. */
  round: number;
  maxRounds: number;
  /** Companies with at least one job scoring at least the minimum. */
  matches: number;
  target: number;
  /** The last discovery attempt found no new company. */
  exhausted: boolean;
}

/** Whether to search another round of companies, and if not, why. */
export function nextRound(state: RoundState): { go: true } | { go: false; reason: StopReason } {
  if (state.companiesFile) return { go: false, reason: 'companies-file' };
  if (state.matches >= state.target) return { go: false, reason: 'target-reached' };
  if (state.exhausted) return { go: false, reason: 'exhausted' };
  if (state.round >= state.maxRounds) return { go: false, reason: 'max-rounds' };
  return { go: true };
}
