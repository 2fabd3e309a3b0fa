import { resumeSummaryOf } from '@job-hunter/domain';
import { duplicateCompanyWarnings, type CompanyScrapeResult } from '@job-hunter/agents';
import { DISCOVERY_STAGE, type DiscoveryRound } from '../discovery/discovery.types';
import type { StageName } from './stage-names';
import type { StageContext } from './stage-context';
import type { StageOutputs, ScrapeSummary } from './stage-outputs';
import type { StageRunner } from './stage-runner';
import { scrapeRemaining } from './scrape-stage';
import { aggregateRun } from './aggregate-stage';
import { notifyRun } from './notify-stage';
import { withUnderstanding } from './understanding-cost';
import { withRunLedger } from './run-cost';
import { saveRunUnderstanding } from './run-understanding';

interface StageDefinition<K extends StageName> {
  run(runner: StageRunner, ctx: StageContext): Promise<StageOutputs[K]>;
  summarise(output: StageOutputs[K]): string;
}

type StageTable = { [K in StageName]: StageDefinition<K> };

/**
 * The ledger entry of the scoring pass now due: one per pass, as each discovery round reopens
 * scoring (a pass run again after a crash adds to its own entry).
 */
async function scoringEntry(r: StageRunner, ctx: StageContext): Promise<string> {
  const rounds = await r.checkpoints.loadAll<DiscoveryRound>(ctx.config.runId, DISCOVERY_STAGE);
  return `scoreJobs/pass-${String(rounds.length + 1).padStart(3, '0')}`;
}

/** A text input stored with the run; undefined for runs stored before inputs were (the path is read instead). */
async function storedText(r: StageRunner, ctx: StageContext, kind: 'prefs' | 'companies'): Promise<string | undefined> {
  return (await r.inputs.get(ctx.config.runId, kind))?.data.toString('utf8');
}

/** The one table both orchestrators follow: what each stage reads, which agent it calls, what it stores. */
export const STAGE_TABLE: StageTable = {
  parseResume: {
    run: (r, ctx) =>
      withUnderstanding(r, ctx, 'parseResume', async (opts) => {
        // The bytes stored with the run, so any worker can read them; the path only for runs stored before.
        const stored = await r.inputs.get(ctx.config.runId, 'resume');
        const source = stored ? { name: stored.name, data: stored.data } : ctx.config.resumePath;
        return r.resumeParser.parse(source, new Date(ctx.config.now), opts);
      }),
    summarise: (p) => `${p.skills.length} skills, ${p.yearsExperience ?? '?'} years, ${p.seniority ?? 'unknown'} level`,
  },
  parsePreferences: {
    run: async (r, ctx) => {
      const profile = await ctx.load('parseResume');
      const { prefsText: text, prefsFile: file } = ctx.config;
      const fileText = file ? await storedText(r, ctx, 'prefs') : undefined;
      const { understanding, prefs } = await withUnderstanding(r, ctx, 'parsePreferences', (opts) =>
        r.prefsParser.understand({ text, file, fileText }, profile, opts),
      );
      const shown = { ...understanding, resume: resumeSummaryOf(profile) };
      await saveRunUnderstanding(r.checkpoints, ctx.config.runId, shown);
      // Shown before any job is fetched, so a misreading can be stopped early; never silent.
      ctx.hooks.onUnderstanding?.(shown);
      for (const warning of shown.warnings) ctx.hooks.onNotice?.(warning);
      return prefs;
    },
    summarise: (p) =>
      `${p.roles.length} roles, ${p.locations.length} places, ${p.remoteScopes.join('/') || 'no'} remote scope`,
  },
  findCompanies: {
    run: async (r, ctx) => {
      const companiesPath = ctx.config.companiesPath;
      const companies = await r.companyFinder.find({
        companiesPath,
        companiesText: companiesPath ? await storedText(r, ctx, 'companies') : undefined,
        prefs: await ctx.load('parsePreferences'),
        profile: await ctx.load('parseResume'),
        limit: ctx.config.companyLimit,
      });
      for (const warning of duplicateCompanyWarnings(companies)) ctx.hooks.onNotice?.(warning);
      return companies;
    },
    summarise: (companies) => `${companies.length} companies`,
  },
  scrapeJobs: {
    run: (r, ctx) => scrapeRemaining(r, ctx),
    summarise: (s: ScrapeSummary) =>
      `${s.jobsScraped} jobs from ${s.companiesSucceeded}/${s.companiesAttempted} companies`,
  },
  processJobs: {
    run: async (r, ctx) => {
      const results = await r.checkpoints.loadAll<CompanyScrapeResult>(ctx.config.runId, 'scrapeJobs');
      const companyResults = results.filter((x) => x.key !== '').map((x) => x.data);
      const companies = await ctx.load('findCompanies');
      const industriesByCompany = Object.fromEntries(companies.map((c) => [c.name, c.industries ?? []]));
      const skipped: Record<string, number> = {};
      for (const res of companyResults) {
        for (const [reason, n] of Object.entries(res.skipped)) skipped[reason] = (skipped[reason] ?? 0) + n;
      }
      return r.processor.process(
        companyResults.flatMap((res) => res.jobs),
        await ctx.load('parsePreferences'),
        new Date(ctx.config.now),
        { skipped, industriesByCompany, profile: await ctx.load('parseResume') },
      );
    },
    summarise: (p) => `${p.jobs.length} jobs kept of ${p.stats.jobsScraped}`,
  },
  scoreJobs: {
    run: async (r, ctx) => {
      const [processed, profile, prefs] = [
        await ctx.load('processJobs'),
        await ctx.load('parseResume'),
        await ctx.load('parsePreferences'),
      ];
      const scope = {
        runId: ctx.config.runId,
        budgetUsd: ctx.settings.maxCostPerRunUsd,
        entry: await scoringEntry(r, ctx),
        warn: (m: string) => ctx.hooks.onNotice?.(m),
      };
      const out = await withRunLedger(r.checkpoints, scope, (ledger) =>
        r.scorer.score(processed.jobs, profile, prefs, {
          engine: ctx.config.engine,
          now: new Date(ctx.config.now),
          signal: ctx.signal,
          ledger,
          topK: ctx.settings.topKSemantic,
        }),
      );
      if (out.notice) ctx.hooks.onNotice?.(out.notice);
      return out;
    },
    summarise: (s) => `${s.scored.length} jobs scored (${s.engine})`,
  },
  aggregate: {
    run: (r, ctx) => aggregateRun(r, ctx),
    summarise: (res) => `${res.jobs.length} jobs in the shortlist, status ${res.status}`,
  },
  notify: {
    run: (r, ctx) => notifyRun(r, ctx),
    summarise: (n) =>
      n.sent
        ? `digest sent (${n.channel})`
        : n.written.length > 0
          ? `digest written (${n.written.length} files)`
          : 'no email to send: the digest goes into the run folder',
  },
};
