import type { CandidateProfile, Company, CostSummary, RunError, SearchPreferences } from '@job-hunter/domain';
import type { CostLedger } from '@job-hunter/llm';
import type { ProbeOptions } from './board-prober';

export interface CompanyFinderInput {
  /** A user-given companies file: when set, exactly these companies are searched (no discovery). */
  companiesPath?: string;
  /** The companies file's contents, when stored with the run: `companiesPath` is then only its name. */
  companiesText?: string;
  prefs: SearchPreferences;
  profile: CandidateProfile;
  /** At most this many companies (the `--company-limit` option). */
  limit?: number;
}

/** A later discovery round: more companies for the same person, none already searched. */
export interface DiscoverInput {
  prefs: SearchPreferences;
  profile: CandidateProfile;
  /** Every company the run has searched so far, all rounds. */
  searched: readonly Company[];
  /** At most this many new companies (`--company-limit` applies per round). */
  limit?: number;
  /**
   * Set when Claude may suggest companies (a paid call): engine anthropic with a key, not a dry
   * run. The ledger checks the run's budget before the call.
   */
  suggest?: { ledger?: CostLedger };
  /** Where probe requests go (the run's snapshot selection) and the run's abort signal. */
  probe?: ProbeOptions;
}

export interface DiscoverOutcome {
  /** New companies, curated before suggested. Empty when nothing new can be found. */
  companies: Company[];
  /** What the suggestion call cost (zero without one). */
  cost: CostSummary;
  /** A failed suggestion call (budget spent, API down, invalid reply); the round goes on without it. */
  errors: RunError[];
  /** Companies Claude suggested, and how many of those resolved to a supported board. */
  suggested: number;
  resolved: number;
}

export interface CompanyFinderOptions {
  /** The curated registry file; default: data/registry/companies.yaml found above this module. */
  registryPath?: string;
  /**
   * At most this many companies per round (round 1 included); the run-wide `--company-limit`
   * still caps the total. Default: every fitting curated company in round 1, then
   * DEFAULT_ROUND_SIZE per later round.
   */
  roundSize?: number;
}

/** Nest token for optional CompanyFinderOptions. */
export const COMPANY_FINDER_OPTIONS = Symbol('COMPANY_FINDER_OPTIONS');
