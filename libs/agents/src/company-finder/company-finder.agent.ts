import { Inject, Injectable, Optional } from '@nestjs/common';
import { JobHunterError } from '@job-hunter/domain';
import type { Company, CompanyTier } from '@job-hunter/domain';
import { loadCompaniesFile } from './companies-file.loader';
import { filterCompanies } from './company-filters';
import { COMPANY_FINDER_OPTIONS } from './company-finder.types';
import type { CompanyFinderInput, CompanyFinderOptions } from './company-finder.types';
import { findRegistryPath, REGISTRY_RELATIVE_PATH } from './registry-path';

/**
 * Decides which companies a run searches: the user's own file as given, or the curated
 * registry narrowed by the preferences (excluded companies and industries, regions).
 */
@Injectable()
export class CompanyFinderAgent {
  private registry: Company[] | null = null;

  constructor(@Optional() @Inject(COMPANY_FINDER_OPTIONS) private readonly options: CompanyFinderOptions = {}) {}

  async find(input: CompanyFinderInput): Promise<Company[]> {
    if (input.companiesPath) return applyLimit(withTier(loadCompaniesFile(input.companiesPath), 'file'), input.limit);
    return applyLimit(filterCompanies(this.loadRegistry(), input.prefs, input.profile), input.limit);
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

function withTier(companies: Company[], tier: CompanyTier): Company[] {
  return companies.map((c) => ({ ...c, tier }));
}

function applyLimit(companies: Company[], limit: number | undefined): Company[] {
  if (limit === undefined || !Number.isFinite(limit) || limit <= 0) return companies;
  return companies.slice(0, Math.floor(limit));
}
