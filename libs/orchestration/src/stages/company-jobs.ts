import type { CompanyJobs, CompanyScrapeResult } from '@job-hunter/agents';
import type { RawJob } from '@job-hunter/domain';
import type { CheckpointRepository } from '@job-hunter/persistence';
import { companyKey } from './stage-outputs';

/** The stage whose rows hold the jobs' descriptions, one row each, keyed by company and job index. */
export const DESCRIPTIONS_STAGE = 'jobDescriptions';

type Description = Pick<RawJob, 'descriptionHtml' | 'descriptionText'>;
const DESCRIPTION_FIELDS = ['descriptionHtml', 'descriptionText'] as const;
/** As stored: a missing text comes back as null. */
type StoredDescription = { [F in keyof Description]?: string | null };

/**
 * A company's stored scrape. Its jobs come without their descriptions when these are stored apart
 * (`descriptionsApart`); runs stored before keep them in the jobs.
 */
export interface StoredScrape extends CompanyScrapeResult {
  descriptionsApart?: true;
}

function descriptionKey(company: number, job: number): string {
  return `${companyKey(company)}/${String(job).padStart(5, '0')}`;
}

/**
 * Stores a company's scrape: first each job's description (some 90 % of a market's bytes) in a row of
 * its own, then its jobs without them under the company's index, the row that says the company is
 * scraped. Processing reads every job's head but the descriptions only of the jobs whose head passes,
 * about one in ten on a real market. Every job gets a row, so a company scraped again after a crash
 * never reads an earlier scrape's description.
 */
export async function saveCompanyScrape(
  checkpoints: Pick<CheckpointRepository, 'save' | 'saveTexts'>,
  runId: string,
  index: number,
  result: CompanyScrapeResult,
): Promise<void> {
  const descriptions: Array<{ key: string; texts: Description }> = [];
  const jobs = result.jobs.map(({ descriptionHtml, descriptionText, ...head }, job) => {
    descriptions.push({ key: descriptionKey(index, job), texts: { descriptionHtml, descriptionText } });
    return head;
  });
  await checkpoints.saveTexts(runId, DESCRIPTIONS_STAGE, DESCRIPTION_FIELDS, descriptions);
  const stored: StoredScrape = { ...result, jobs, descriptionsApart: true };
  await checkpoints.save(runId, 'scrapeJobs', stored, companyKey(index));
}

/** A stored company's jobs for processing, with its descriptions stored apart read only for the jobs asked for. */
export function companyJobs(
  checkpoints: Pick<CheckpointRepository, 'loadMany'>,
  runId: string,
  index: number,
  stored: StoredScrape,
): CompanyJobs {
  if (!stored.descriptionsApart) return stored;
  return {
    jobs: stored.jobs,
    skipped: stored.skipped,
    descriptions: async (jobs) => {
      const keys = jobs.map((job) => descriptionKey(index, job));
      const found = await checkpoints.loadMany<StoredDescription>(runId, DESCRIPTIONS_STAGE, keys);
      return keys.map((key) => {
        const d = found.get(key);
        return { descriptionHtml: d?.descriptionHtml ?? undefined, descriptionText: d?.descriptionText ?? undefined };
      });
    },
  };
}
