import { addCosts } from '@job-hunter/domain';
import type { ScoredJob } from '@job-hunter/domain';
import { distinctGoodCompanies, nextRound, type RoundState } from './discovery-rule';

const scored = (company: string, score: number): ScoredJob => ({ job: { company }, score }) as unknown as ScoredJob;

describe('discovery stop rule', () => {
  it('counts companies with a job at or above the minimum, each company once', () => {
    const jobs = [
      scored('Acme', 90),
      scored('acme', 80),
      scored('ACME Inc', 75),
      scored('Nimbus', 60),
      scored('Orbit', 59),
      scored('Zeta', 10),
    ];
    expect(distinctGoodCompanies(jobs, 60)).toBe(3);
    expect(distinctGoodCompanies(jobs, 61)).toBe(2);
    expect(distinctGoodCompanies([], 0)).toBe(0);
  });

  const state = (over: Partial<RoundState> = {}): RoundState => ({
    companiesFile: false,
    round: 1,
    maxRounds: 5,
    matches: 3,
    target: 10,
    exhausted: false,
    ...over,
  });

  it('goes on while too few companies match and rounds remain', () => {
    expect(nextRound(state())).toEqual({ go: true });
    expect(nextRound(state({ round: 4, matches: 9 }))).toEqual({ go: true });
  });

  it('stops at the target, at the round limit, when nothing new was found, and for a companies file', () => {
    expect(nextRound(state({ matches: 10 }))).toEqual({ go: false, reason: 'target-reached' });
    expect(nextRound(state({ round: 5 }))).toEqual({ go: false, reason: 'max-rounds' });
    expect(nextRound(state({ maxRounds: 1 }))).toEqual({ go: false, reason: 'max-rounds' });
    expect(nextRound(state({ exhausted: true }))).toEqual({ go: false, reason: 'exhausted' });
    expect(nextRound(state({ companiesFile: true, matches: 0 }))).toEqual({ go: false, reason: 'companies-file' });
  });

  it('adds costs, cache tokens included', () => {
    expect(
      addCosts(
        { inputTokens: 10, outputTokens: 2, estimatedCostUsd: 0.1 },
        { inputTokens: 5, outputTokens: 1, cacheReadTokens: 7, cacheWriteTokens: 3, estimatedCostUsd: 0.2 },
      ),
    ).toEqual({ inputTokens: 15, outputTokens: 3, cacheReadTokens: 7, cacheWriteTokens: 3, estimatedCostUsd: 0.3 });
  });
});
