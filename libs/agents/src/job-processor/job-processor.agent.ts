import { Injectable } from '@nestjs/common';
import {
  applyHardFilters,
  droppedDecision,
  dedupeJobs,
  isInvalidJob,
  matchOccupation,
  normaliseJob,
  roleGateFor,
  type JobDecision,
  type NormalisedJob,
  type OccupationCatalog,
  type RawJob,
  type SearchPreferences,
} from '@job-hunter/domain';
import { loadOccupationCatalog } from './occupation-catalog.loader';
import type { CompanyJobs, ProcessOptions, ProcessResult } from './job-processor.types';

function addCount(into: Record<string, number>, reason: string, n: number): void {
  if (n > 0) into[reason] = (into[reason] ?? 0) + n;
}

/** Jobs normalised so far: each raw job is read once and can be let go of straight after. */
class Normalised {
  readonly jobs: NormalisedJob[] = [];
  readonly dropped: Record<string, number> = {};
  readonly droppedJobs: JobDecision[] = [];
  scraped = 0;

  constructor(private readonly catalog: OccupationCatalog) {}

  add(raw: Iterable<RawJob>): void {
    for (const r of raw) {
      this.scraped++;
      const n = normaliseJob(r);
      if (isInvalidJob(n)) {
        addCount(this.dropped, 'invalid', 1);
        this.droppedJobs.push(droppedDecision(r, 'invalid', r.locations.join('; ')));
      } else this.jobs.push({ ...n, occupation: matchOccupation(this.catalog, n.title)?.occupation.name ?? '' });
    }
  }
}

/**
 * Normalises, de-duplicates, reads each title's occupation and hard-filters scraped jobs. Every
 * raw job ends up either kept or counted under one drop reason: raw.length = jobs.length + drops
 * (board skips aside), and each drop is a row of `droppedJobs`.
 */
@Injectable()
export class JobProcessorAgent {
  private catalog?: OccupationCatalog;

  process(raw: Iterable<RawJob>, prefs: SearchPreferences, now: Date, opts: ProcessOptions = {}): ProcessResult {
    const normalised = new Normalised(this.occupations());
    normalised.add(raw);
    return this.finish(normalised, prefs, now, opts);
  }

  /**
   * The same, for a market read one company at a time (e.g. from its checkpoints): each company's raw
   * jobs, the bulk of a market's memory (descriptions as HTML and as text), are normalised and let go
   * of before the next is read, and the boards' skips are counted as they come.
   */
  async processCompanies(
    companies: AsyncIterable<CompanyJobs> | Iterable<CompanyJobs>,
    prefs: SearchPreferences,
    now: Date,
    opts: Omit<ProcessOptions, 'skipped'> = {},
  ): Promise<ProcessResult> {
    const normalised = new Normalised(this.occupations());
    const skipped: Record<string, number> = {};
    for await (const company of companies) {
      normalised.add(company.jobs);
      for (const [reason, n] of Object.entries(company.skipped)) addCount(skipped, reason, n);
    }
    return this.finish(normalised, prefs, now, { ...opts, skipped });
  }

  private occupations(): OccupationCatalog {
    return (this.catalog ??= loadOccupationCatalog());
  }

  private finish(normalised: Normalised, prefs: SearchPreferences, now: Date, opts: ProcessOptions): ProcessResult {
    const { dropped, droppedJobs } = normalised;
    const deduped = dedupeJobs(normalised.jobs);
    addCount(dropped, 'duplicate', deduped.duplicates);
    for (const d of deduped.duplicateJobs) droppedJobs.push(droppedDecision(d, 'duplicate'));
    const gate = roleGateFor(this.occupations(), prefs, opts.profile ?? { titles: [] });
    const filtered = applyHardFilters(deduped.kept, prefs, now, opts.industriesByCompany ?? {}, gate);
    for (const [reason, n] of Object.entries(filtered.dropped)) addCount(dropped, reason, n);
    for (const { job, reason } of filtered.droppedJobs) droppedJobs.push(droppedDecision(job, reason));
    for (const [reason, n] of Object.entries(opts.skipped ?? {})) addCount(dropped, reason, n);
    return {
      jobs: filtered.kept,
      stats: {
        jobsScraped: normalised.scraped,
        jobsAfterDedupe: deduped.kept.length,
        undatedKept: filtered.undatedKept,
        dropped,
      },
      droppedJobs,
    };
  }
}
