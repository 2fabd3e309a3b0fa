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
import type { ProcessOptions, ProcessResult } from './job-processor.types';

function addCount(into: Record<string, number>, reason: string, n: number): void {
  if (n > 0) into[reason] = (into[reason] ?? 0) + n;
}

/**
 * Normalises, de-duplicates, reads each title's occupation and hard-filters scraped jobs. Every
 * raw job ends up either kept or counted under one drop reason: raw.length = jobs.length + drops
 * (board skips aside), and each drop is a row of `droppedJobs`.
 */
@Injectable()
export class JobProcessorAgent {
  private catalog?: OccupationCatalog;

  process(raw: RawJob[], prefs: SearchPreferences, now: Date, opts: ProcessOptions = {}): ProcessResult {
    const catalog = (this.catalog ??= loadOccupationCatalog());
    const dropped: Record<string, number> = {};
    const droppedJobs: JobDecision[] = [];
    const normalised: NormalisedJob[] = [];
    for (const r of raw) {
      const n = normaliseJob(r);
      if (isInvalidJob(n)) {
        addCount(dropped, 'invalid', 1);
        droppedJobs.push(droppedDecision(r, 'invalid', r.locations.join('; ')));
      } else normalised.push({ ...n, occupation: matchOccupation(catalog, n.title)?.occupation.name ?? '' });
    }
    const deduped = dedupeJobs(normalised);
    addCount(dropped, 'duplicate', deduped.duplicates);
    for (const d of deduped.duplicateJobs) droppedJobs.push(droppedDecision(d, 'duplicate'));
    const gate = roleGateFor(catalog, prefs, opts.profile ?? { titles: [] });
    const filtered = applyHardFilters(deduped.kept, prefs, now, opts.industriesByCompany ?? {}, gate);
    for (const [reason, n] of Object.entries(filtered.dropped)) addCount(dropped, reason, n);
    for (const { job, reason } of filtered.droppedJobs) droppedJobs.push(droppedDecision(job, reason));
    for (const [reason, n] of Object.entries(opts.skipped ?? {})) addCount(dropped, reason, n);
    return {
      jobs: filtered.kept,
      stats: {
        jobsScraped: raw.length,
        jobsAfterDedupe: deduped.kept.length,
        undatedKept: filtered.undatedKept,
        dropped,
      },
      droppedJobs,
    };
  }
}
