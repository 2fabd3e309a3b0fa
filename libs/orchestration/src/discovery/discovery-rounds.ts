import { Inject, Injectable } from '@nestjs/common';
import { CompanyFinderAgent, companyNameKey } from '@job-hunter/agents';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import type { Company, RunConfig } from '@job-hunter/domain';
import { CheckpointRepository, RunRepository } from '@job-hunter/persistence';
import { runSettings } from '../run-settings';
import { ledgerScope, withRunLedger } from '../stages/run-cost';
import type { RunHooks, StageExtra } from '../stages/stage-context';
import type { ScrapeSummary, StageOutputs } from '../stages/stage-outputs';
import { requireCheckpoint } from '../stages/checkpoint-reads';
import { distinctGoodCompanies, nextRound } from './discovery-rule';
import { DISCOVERY_STAGE, REOPENED_STAGES, roundKey, type DiscoveryRound, type RoundOutcome } from './discovery.types';

/**
 * Discovery rounds of the checkpoint pipeline. Before aggregating, when fewer than
 * JH_TARGET_MATCHES companies have a job scoring JH_MIN_SCORE (the run's settings), it asks the company finder for
 * companies not searched yet, appends them to the run's company list and reopens scrape,
 * process and score: per-company scrape checkpoints stay, so only the new companies are fetched,
 * and jobs are processed and scored again together (the scorer's response cache makes
 * re-scoring unchanged jobs free). Each round is stored before it is applied and applying it is
 * idempotent, so `--resume-from` (or a retried Temporal activity) continues wherever it stopped.
 * Both orchestrators call it: the checkpoint pipeline before aggregate, the Temporal workflow
 * through its discoverCompanies activity after each scoring pass.
 */
@Injectable()
export class DiscoveryRounds {
  constructor(
    private readonly companyFinder: CompanyFinderAgent,
    private readonly checkpoints: CheckpointRepository,
    private readonly runs: RunRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Decides on, stores and applies the next round; `opened` when the reopened stages must run again. */
  async openNextRound(runId: string, hooks: RunHooks = {}, signal?: AbortSignal): Promise<RoundOutcome> {
    const run = await this.runs.get(runId);
    if (!run || run.config.companiesPath) return { opened: false };
    const companies = await this.load<'findCompanies'>(runId, 'findCompanies');
    const rounds = await this.rounds(runId);
    const last = rounds[rounds.length - 1];
    // The process stopped between storing a round and applying it: finish applying it.
    if (last && last.companies.length > 0 && !includesAll(companies, last.companies)) {
      await this.apply(runId, companies, last);
      return { opened: true, round: last };
    }
    // An earlier attempt applied the last round and then died before it could say so.
    if (last && last.companies.length > 0 && !(await this.checkpoints.load(runId, 'scoreJobs'))) {
      return { opened: true, round: last };
    }
    const scrape = await this.load<'scrapeJobs'>(runId, 'scrapeJobs');
    if ((scrape as ScrapeSummary).companiesAttempted < companies.length) {
      await this.checkpoints.reopenStages(runId, REOPENED_STAGES);
      return { opened: true };
    }
    const scoring = await this.load<'scoreJobs'>(runId, 'scoreJobs');
    const settings = runSettings(run.config, this.config);
    const { targetMatches, minScore, maxDiscoveryIterations } = settings;
    const matches = distinctGoodCompanies(scoring.scored, minScore);
    const decision = nextRound({
      companiesFile: false,
      round: rounds.length + 1,
      maxRounds: maxDiscoveryIterations,
      matches,
      target: targetMatches,
      exhausted: last !== undefined && last.companies.length === 0,
    });
    if (!decision.go) return { opened: false };
    // --company-limit caps the whole run (contract section 1), so later rounds only fill what is left.
    const room = run.config.companyLimit === undefined ? undefined : run.config.companyLimit - companies.length;
    if (room !== undefined && room <= 0) return { opened: false };

    const round = rounds.length + 2;
    hooks.onStageStart?.('findCompanies');
    const [prefs, profile] = [
      await this.load<'parsePreferences'>(runId, 'parsePreferences'),
      await this.load<'parseResume'>(runId, 'parseResume'),
    ];
    const scope = ledgerScope(runId, settings, `${DISCOVERY_STAGE}/${roundKey(round)}`, hooks);
    const outcome = await withRunLedger(this.checkpoints, scope, (ledger) =>
      this.companyFinder.discover({
        prefs,
        profile,
        searched: companies,
        limit: room,
        suggest: this.maySuggest(run.config) && !ledger.exhausted ? { ledger } : undefined,
        probe: {
          snapshotDir: run.config.snapshotDir,
          recordSnapshotDir: run.config.recordSnapshotDir,
          forceRescrape: run.config.forceRescrape,
          signal,
        },
      }),
    );
    const added = outcome.companies.length > 0;
    const record: DiscoveryRound = {
      round,
      companies: outcome.companies,
      cost: outcome.cost,
      errors: outcome.errors,
      matchesBefore: matches,
      suggested: outcome.suggested,
      resolved: outcome.resolved,
    };
    await this.checkpoints.save(runId, DISCOVERY_STAGE, record, roundKey(round));
    hooks.onStageDone?.('findCompanies', describeRound(record, targetMatches));
    if (!added) return { opened: false, round: record };
    await this.apply(runId, companies, record);
    return { opened: true, round: record };
  }

  /** What the rounds add to the aggregate: their errors (undefined when no round ran). The cost is the run ledger's. */
  async aggregateExtra(runId: string): Promise<StageExtra | undefined> {
    const rounds = await this.rounds(runId);
    return rounds.length === 0 ? undefined : { errors: rounds.flatMap((r) => r.errors) };
  }

  /** Claude may suggest companies on a paid run with a key (the worker's own: a secret never travels with the run). */
  private maySuggest(config: RunConfig): boolean {
    return config.engine === 'anthropic' && !config.dryRun && !!this.config.llm.anthropicApiKey;
  }

  /** Appends the round's companies (those not in the list yet) and reopens the stages in one statement. */
  private async apply(runId: string, companies: Company[], round: DiscoveryRound): Promise<void> {
    const have = new Set(companies.map((c) => companyNameKey(c.name)));
    const merged = [...companies, ...round.companies.filter((c) => !have.has(companyNameKey(c.name)))];
    await this.checkpoints.save(runId, 'findCompanies', merged);
    await this.checkpoints.reopenStages(runId, REOPENED_STAGES);
  }

  private async rounds(runId: string): Promise<DiscoveryRound[]> {
    return (await this.checkpoints.loadAll<DiscoveryRound>(runId, DISCOVERY_STAGE)).map((r) => r.data);
  }

  private load<K extends keyof StageOutputs>(runId: string, stage: K): Promise<StageOutputs[K]> {
    return requireCheckpoint(this.checkpoints, runId, stage);
  }
}

function includesAll(list: readonly Company[], wanted: readonly Company[]): boolean {
  const have = new Set(list.map((c) => companyNameKey(c.name)));
  return wanted.every((c) => have.has(companyNameKey(c.name)));
}

function describeRound(r: DiscoveryRound, target: number): string {
  const before = `${r.matchesBefore}/${target} companies with a good match`;
  if (r.companies.length === 0) return `round ${r.round}: no new companies to search (${before}); discovery stops`;
  const suggested = r.companies.filter((c) => c.tier === 'suggested').length;
  const kinds = `${r.companies.length - suggested} curated, ${suggested} suggested`;
  return `round ${r.round}: ${r.companies.length} more companies (${kinds}; ${before})`;
}
