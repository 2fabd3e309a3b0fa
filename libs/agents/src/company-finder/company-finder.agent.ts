import { Inject, Injectable, Optional } from '@nestjs/common';
import { emptyCost, errorMessage, isJobHunterError, JobHunterError } from '@job-hunter/domain';
import type { Company, CompanyTier, RunError } from '@job-hunter/domain';
import { BoardProber } from './board-prober';
import type { ProbeOutcome, ProbeRequest } from './board-prober';
import { companiesOf, loadCompaniesFile } from './companies-file.loader';
import { filterCompanies } from './company-filters';
import { mergeDuplicateCompanies } from './duplicate-companies';
import { COMPANY_FINDER_OPTIONS } from './company-finder.types';
import type { CompanyFinderInput, CompanyFinderOptions, DiscoverInput, DiscoverOutcome } from './company-finder.types';
import { CompanySuggester } from './company-suggester';
import type { CompanySuggestion } from './company-suggestion.prompt';
import { notYetSearched, rankByTier } from './company-tiers';
import { findRegistryPath, REGISTRY_RELATIVE_PATH } from './registry-path';

/** New companies a round aims for when no `--company-limit` sets the size. */
export const DEFAULT_ROUND_SIZE = 10;
/** Suggestions asked per company wanted: some will not resolve to a supported board. */
const SUGGESTION_OVERSHOOT = 2;
const MAX_SUGGESTIONS = 30;
const PROBE_BATCH = 4;

/**
 * Decides which companies a run searches: the user's own file as given, or the curated
 * registry narrowed by the preferences (excluded companies and industries, regions). Later
 * discovery rounds take the curated companies not searched yet, then companies Claude suggests,
 * kept only when probing finds their job board.
 */
@Injectable()
export class CompanyFinderAgent {
  private registry: Company[] | null = null;

  constructor(
    @Optional() @Inject(COMPANY_FINDER_OPTIONS) private readonly options: CompanyFinderOptions = {},
    @Optional() private readonly suggester?: CompanySuggester,
    @Optional() private readonly prober?: BoardProber,
  ) {}

  async find(input: CompanyFinderInput): Promise<Company[]> {
    if (input.companiesPath) {
      const text = input.companiesText;
      const file = input.companiesPath;
      const listed = mergeDuplicateCompanies(text === undefined ? loadCompaniesFile(file) : companiesOf(file, text));
      return applyLimit(withTier(listed, 'file'), input.limit);
    }
    const limit = smallest(input.limit, this.options.roundSize);
    return applyLimit(filterCompanies(this.loadRegistry(), input.prefs, input.profile), limit);
  }

  /** More companies for a later round; none already searched, curated ones first. */
  async discover(input: DiscoverInput): Promise<DiscoverOutcome> {
    const curated = notYetSearched(filterCompanies(this.loadRegistry(), input.prefs, input.profile), input.searched);
    const size = smallest(input.limit, this.options.roundSize ?? DEFAULT_ROUND_SIZE) as number;
    const fromRegistry = applyLimit(curated, size);
    const room = size - fromRegistry.length;
    const outcome: DiscoverOutcome = {
      companies: fromRegistry,
      cost: emptyCost(),
      errors: [],
      suggested: 0,
      resolved: 0,
    };
    if (!input.suggest || room <= 0 || !this.suggester?.available || !this.prober) return outcome;

    const known = [...input.searched, ...fromRegistry];
    let suggestions: CompanySuggestion[];
    try {
      const asked = await this.suggester.suggest(
        {
          prefs: input.prefs,
          profile: input.profile,
          avoid: [...known.map((c) => c.name), ...input.prefs.excludedCompanies],
          count: Math.min(MAX_SUGGESTIONS, room * SUGGESTION_OVERSHOOT),
          signal: input.probe?.signal,
        },
        input.suggest.ledger,
      );
      suggestions = asked.suggestions;
      outcome.cost = asked.cost;
    } catch (e) {
      if (input.probe?.signal?.aborted) throw e;
      outcome.errors.push(suggestionError(e));
      return outcome;
    }
    outcome.suggested = suggestions.length;
    const added: Company[] = [];
    for (let i = 0; i < suggestions.length && added.length < room; i += PROBE_BATCH) {
      const batch = suggestions.slice(i, i + PROBE_BATCH);
      const probed = await this.prober.probeAll(batch.map(toProbeRequest), input.probe, PROBE_BATCH);
      const found = batch.flatMap((s, k) => toCompany(s, probed[k]));
      outcome.resolved += found.length;
      added.push(...notYetSearched(filterCompanies(found, input.prefs, input.profile), [...known, ...added]));
    }
    outcome.companies = rankByTier([...fromRegistry, ...added.slice(0, room)]);
    return outcome;
  }

  /** The curated registry, read once per agent. */
  loadRegistry(): Company[] {
    if (!this.registry) {
      const path = this.options.registryPath ?? findRegistryPath();
      if (!path) {
        throw new JobHunterError(
          'INVALID_INPUT',
          `The company registry (${REGISTRY_RELATIVE_PATH}) was not found; pass --companies with your own list of companies.`,
        );
      }
      this.registry = withTier(loadCompaniesFile(path), 'curated');
    }
    return this.registry;
  }
}

function toProbeRequest(s: CompanySuggestion): ProbeRequest {
  return { name: s.name, careersUrl: s.careersUrl, ats: s.ats, slugs: s.slugs };
}

function toCompany(s: CompanySuggestion, probe: ProbeOutcome | undefined): Company[] {
  if (!probe?.board) return [];
  const { ats, board, careersUrl } = probe.board;
  return [{ name: s.name, careersUrl, ats, board, regions: s.regions, industries: s.industries, tier: 'suggested' }];
}

function suggestionError(e: unknown): RunError {
  const code = isJobHunterError(e) ? e.code : 'LLM_ERROR';
  return {
    stage: 'findCompanies',
    code,
    message: `Claude could not suggest more companies (${errorMessage(e)}); this round searched the curated registry only.`,
  };
}

function withTier(companies: Company[], tier: CompanyTier): Company[] {
  return companies.map((c) => ({ ...c, tier }));
}

/** The tighter of two optional limits. */
function smallest(a: number | undefined, b: number | undefined): number | undefined {
  const limits = [validLimit(a), validLimit(b)].filter((n): n is number => n !== undefined);
  return limits.length === 0 ? undefined : Math.min(...limits);
}

function validLimit(limit: number | undefined): number | undefined {
  return limit === undefined || !Number.isFinite(limit) || limit <= 0 ? undefined : Math.floor(limit);
}

function applyLimit(companies: Company[], limit: number | undefined): Company[] {
  const n = validLimit(limit);
  return n === undefined ? companies : companies.slice(0, n);
}
