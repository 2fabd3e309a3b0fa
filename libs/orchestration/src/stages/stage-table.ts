import { Injectable } from '@nestjs/common';
import { resumeSummaryOf } from '@job-hunter/domain';
import {
  CompanyFinderAgent,
  JobProcessorAgent,
  JobsScorerAgent,
  PrefsParserAgent,
  ResumeParserAgent,
  AggregatorAgent,
  NotifierAgent,
  duplicateCompanyWarnings,
} from '@job-hunter/agents';
import {
  CheckpointRepository,
  JobMarkRepository,
  RunInputRepository,
  SearchHistoryRepository,
} from '@job-hunter/persistence';
import { DISCOVERY_STAGE, type DiscoveryRound } from '../discovery/discovery.types';
import type { StageName } from './stage-names';
import type { StageContext } from './stage-context';
import type { StageOutputs } from './stage-outputs';
import { scrapeRemaining } from './scrape-stage';
import { aggregateRun } from './aggregate-stage';
import { notifyRun } from './notify-stage';
import { withUnderstanding } from './understanding-cost';
import { ledgerScope, withRunLedger } from './run-cost';
import { saveRunUnderstanding } from './run-understanding';
import { CompanyScraper, scrapedCompanies } from './company-scraper';
import { companyJobs } from './company-jobs';

type Checkpoints = Pick<CheckpointRepository, 'load' | 'save' | 'loadAll'>;
type Inputs = Pick<RunInputRepository, 'get'>;
type StageRuns = { [K in StageName]: (ctx: StageContext) => Promise<StageOutputs[K]> };

/**
 * The one table both orchestrators follow: which stage function runs each step, each given
 * only the agents and stores it uses (built once here, by Nest); the runner stores the output.
 */
@Injectable()
export class StageTable {
  private readonly runs: StageRuns;

  constructor(
    resumeParser: ResumeParserAgent,
    prefsParser: PrefsParserAgent,
    companyFinder: CompanyFinderAgent,
    scraper: CompanyScraper,
    processor: JobProcessorAgent,
    scorer: JobsScorerAgent,
    aggregator: AggregatorAgent,
    notifier: NotifierAgent,
    checkpoints: CheckpointRepository,
    inputs: RunInputRepository,
    marks: JobMarkRepository,
    history: SearchHistoryRepository,
  ) {
    this.runs = {
      parseResume: (ctx) => parseResume(resumeParser, checkpoints, inputs, ctx),
      parsePreferences: (ctx) => parsePreferences(prefsParser, checkpoints, inputs, ctx),
      findCompanies: (ctx) => findCompanies(companyFinder, inputs, ctx),
      scrapeJobs: (ctx) => scrapeRemaining({ checkpoints, scraper }, ctx),
      processJobs: (ctx) => processJobs(processor, checkpoints, ctx),
      scoreJobs: (ctx) => scoreJobs(scorer, checkpoints, ctx),
      aggregate: (ctx) => aggregateRun({ aggregator, checkpoints, search: { marks, history } }, ctx),
      notify: (ctx) => notifyRun(notifier, ctx),
    };
  }

  /** Runs `stage` for the run in `ctx` and returns its output (the runner stores it). */
  run<K extends StageName>(stage: K, ctx: StageContext): Promise<StageOutputs[K]> {
    return (this.runs[stage] as (c: StageContext) => Promise<StageOutputs[K]>)(ctx);
  }
}

/** A text input stored with the run; undefined for runs stored before inputs were (the path is read instead). */
async function storedText(inputs: Inputs, ctx: StageContext, kind: 'prefs' | 'companies'): Promise<string | undefined> {
  return (await inputs.get(ctx.config.runId, kind))?.data.toString('utf8');
}

function parseResume(
  resumeParser: Pick<ResumeParserAgent, 'parse'>,
  checkpoints: Checkpoints,
  inputs: Inputs,
  ctx: StageContext,
): Promise<StageOutputs['parseResume']> {
  return withUnderstanding(checkpoints, ctx, 'parseResume', async (opts) => {
    // The bytes stored with the run, so any worker can read them; the path only for runs stored before.
    const stored = await inputs.get(ctx.config.runId, 'resume');
    const source = stored ? { name: stored.name, data: stored.data } : ctx.config.resumePath;
    return resumeParser.parse(source, new Date(ctx.config.now), opts);
  });
}

async function parsePreferences(
  prefsParser: Pick<PrefsParserAgent, 'understand'>,
  checkpoints: Checkpoints,
  inputs: Inputs,
  ctx: StageContext,
): Promise<StageOutputs['parsePreferences']> {
  const profile = await ctx.load('parseResume');
  const { prefsText: text, prefsFile: file } = ctx.config;
  const fileText = file ? await storedText(inputs, ctx, 'prefs') : undefined;
  const { understanding, prefs } = await withUnderstanding(checkpoints, ctx, 'parsePreferences', (opts) =>
    prefsParser.understand({ text, file, fileText }, profile, opts),
  );
  const shown = { ...understanding, resume: resumeSummaryOf(profile) };
  await saveRunUnderstanding(checkpoints, ctx.config.runId, shown);
  // Shown before any job is fetched, so a misreading can be stopped early; never silent.
  ctx.hooks.onUnderstanding?.(shown);
  for (const warning of shown.warnings) ctx.hooks.onNotice?.(warning);
  return prefs;
}

async function findCompanies(
  companyFinder: Pick<CompanyFinderAgent, 'find'>,
  inputs: Inputs,
  ctx: StageContext,
): Promise<StageOutputs['findCompanies']> {
  const companiesPath = ctx.config.companiesPath;
  const companies = await companyFinder.find({
    companiesPath,
    companiesText: companiesPath ? await storedText(inputs, ctx, 'companies') : undefined,
    prefs: await ctx.load('parsePreferences'),
    profile: await ctx.load('parseResume'),
    limit: ctx.config.companyLimit,
  });
  for (const warning of duplicateCompanyWarnings(companies)) ctx.hooks.onNotice?.(warning);
  return companies;
}

/**
 * Reads the scraped companies one at a time from the store (each company's raw jobs are
 * normalised and let go of before the next is read), so a market is never held raw all at once;
 * a job's description is read only when its head passes.
 */
async function processJobs(
  processor: Pick<JobProcessorAgent, 'processCompanies'>,
  checkpoints: Pick<CheckpointRepository, 'each' | 'loadMany'>,
  ctx: StageContext,
): Promise<StageOutputs['processJobs']> {
  const companies = await ctx.load('findCompanies');
  const industriesByCompany = Object.fromEntries(companies.map((c) => [c.name, c.industries ?? []]));
  const [prefs, profile] = [await ctx.load('parsePreferences'), await ctx.load('parseResume')];
  async function* scraped() {
    for await (const { index, result } of scrapedCompanies(checkpoints, ctx.config.runId)) {
      yield companyJobs(checkpoints, ctx.config.runId, index, result);
    }
  }
  return processor.processCompanies(scraped(), prefs, new Date(ctx.config.now), { industriesByCompany, profile });
}

async function scoreJobs(
  scorer: Pick<JobsScorerAgent, 'score'>,
  checkpoints: Checkpoints,
  ctx: StageContext,
): Promise<StageOutputs['scoreJobs']> {
  const [processed, profile, prefs] = [
    await ctx.load('processJobs'),
    await ctx.load('parseResume'),
    await ctx.load('parsePreferences'),
  ];
  const scope = ledgerScope(ctx.config.runId, ctx.settings, await scoringEntry(checkpoints, ctx), ctx.hooks);
  const out = await withRunLedger(checkpoints, scope, (ledger) =>
    scorer.score(processed.jobs, profile, prefs, {
      engine: ctx.config.engine,
      now: new Date(ctx.config.now),
      signal: ctx.signal,
      ledger,
      topK: ctx.settings.topKSemantic,
    }),
  );
  if (out.notice) ctx.hooks.onNotice?.(out.notice);
  return out;
}

/**
 * The ledger entry of the scoring pass now due: one per pass, as each discovery round reopens
 * scoring (a pass run again after a crash adds to its own entry).
 */
async function scoringEntry(checkpoints: Pick<CheckpointRepository, 'loadAll'>, ctx: StageContext): Promise<string> {
  const rounds = await checkpoints.loadAll<DiscoveryRound>(ctx.config.runId, DISCOVERY_STAGE);
  return `scoreJobs/pass-${String(rounds.length + 1).padStart(3, '0')}`;
}
