// Test support for the understanding specs: a scripted stand-in for Claude and the inputs they share.
// Not exported from the library.
import {
  emptyPreferences,
  normalisePlace,
  type CandidateProfile,
  type Reading,
  type SearchPreferences,
} from '@job-hunter/domain';
import type { LlmClient, LlmReply, LlmRequest } from '../client/llm-client.types';
import { RunCostLedger } from '../cost/cost-ledger';
import { LlmUnderstanding } from './llm-understanding.service';

export const RESUME = [
  'Priya Sharma — Bengaluru, India',
  'Senior Backend Engineer, Acme (2019 – present)',
  'Software Engineer, Beta Labs (2015 – 2019)',
  'Built services in Go and TypeScript on k8s with Postgres.',
  'B.Tech, Computer Science, IIT Delhi',
].join('\n');

export const RULES_PROFILE: CandidateProfile = {
  titles: ['Software Engineer'],
  skills: ['TypeScript', 'PostgreSQL'],
  yearsExperience: 8,
  seniority: 'mid',
  education: [],
  text: RESUME,
};

export const PREFS_TEXT =
  'Backend or platform roles in Bangalore (hybrid or onsite), or remote within India. Senior or staff. ' +
  'At least 40 LPA, posted in the last 30 days. No crypto, and I would rather not work at Foo Corp.';

/** What rules that miss "I would rather not" and the levels would read from PREFS_TEXT. */
export const RULES_PREFS: SearchPreferences = {
  ...emptyPreferences(PREFS_TEXT),
  roles: ['backend engineer'],
  locations: [normalisePlace('Bangalore')],
  workModels: ['onsite', 'hybrid', 'remote'],
  remoteScopes: ['IN'],
  maxAgeDays: 30,
  excludedIndustries: ['crypto'],
};

/** A careful reading of PREFS_TEXT, as the tool's input (the contract's shape). */
export function readingAnswer(overrides: Partial<Record<keyof Reading, unknown>> = {}): Record<string, unknown> {
  return {
    roles: ['backend engineer', 'platform engineer'],
    excludedRoles: [],
    seniority: { min: 'senior', max: 'staff' },
    locations: [{ city: 'Bengaluru', country: 'IN' }],
    workModels: ['onsite', 'hybrid', 'remote'],
    remoteFrom: ['IN'],
    minSalary: { amount: 4_000_000, currency: 'INR', period: 'year' },
    maxAgeDays: 30,
    excludedCompanies: ['Foo Corp'],
    excludedIndustries: ['crypto'],
    needsVisaSponsorship: false,
    employmentTypes: [],
    ...overrides,
  };
}

export const reply = (json: unknown, costUsd = 0.002, stopReason = 'tool_use'): LlmReply => ({
  model: 'claude-haiku-4-5',
  text: JSON.stringify(json),
  json,
  stopReason,
  usage: { inputTokens: 900, outputTokens: 150, cacheReadTokens: 0, cacheWriteTokens: 0 },
  costUsd,
});

/** Answers every call with the next scripted outcome and keeps the requests. */
export class ScriptedClient implements LlmClient {
  readonly model = 'claude-haiku-4-5';
  readonly requests: LlmRequest[] = [];
  constructor(private readonly outcomes: Array<LlmReply | Error>) {}
  async complete(request: LlmRequest): Promise<LlmReply> {
    this.requests.push(request);
    const outcome = this.outcomes.shift();
    if (!outcome) throw new Error('no more scripted outcomes');
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }
}

export function setup(outcomes: Array<LlmReply | Error>, budgetUsd = 1) {
  const client = new ScriptedClient(outcomes);
  const ledger = new RunCostLedger({ budgetUsd, warn: () => undefined });
  const llm = new LlmUnderstanding({ client, newLedger: () => ledger });
  return { client, ledger, llm };
}
