import type { StageName } from './stage-names';
import type { ScrapeSummary, StageOutputs } from './stage-outputs';

type StageSummaries = { [K in StageName]: (output: StageOutputs[K]) => string };

/**
 * The line each stage's output is told as (progress, activity reports, status): pure, so the
 * Temporal client and activities can tell a stored output without the stages that made it.
 */
const STAGE_SUMMARIES: StageSummaries = {
  parseResume: (p) => `${p.skills.length} skills, ${p.yearsExperience ?? '?'} years, ${p.seniority ?? 'unknown'} level`,
  parsePreferences: (p) =>
    `${p.roles.length} roles, ${p.locations.length} places, ${p.remoteScopes.join('/') || 'no'} remote scope`,
  findCompanies: (companies) => `${companies.length} companies`,
  scrapeJobs: (s: ScrapeSummary) =>
    `${s.jobsScraped} jobs from ${s.companiesSucceeded}/${s.companiesAttempted} companies`,
  processJobs: (p) => `${p.jobs.length} jobs kept of ${p.stats.jobsScraped}`,
  scoreJobs: (s) => `${s.scored.length} jobs scored (${s.engine})`,
  aggregate: (res) => `${res.jobs.length} jobs in the shortlist, status ${res.status}`,
  notify: (n) =>
    n.sent
      ? `digest sent (${n.channel})`
      : n.written.length > 0
        ? `digest written (${n.written.length} files)`
        : 'no email to send: the digest goes into the run folder',
};

/** The summary line of a stage's stored output. */
export function summariseStage<K extends StageName>(stage: K, output: StageOutputs[K]): string {
  return (STAGE_SUMMARIES[stage] as (o: StageOutputs[K]) => string)(output);
}
