import { Injectable } from '@nestjs/common';
import {
  applyHardFilters,
  dedupeJobs,
  isInvalidJob,
  normaliseJob,
  type NormalisedJob,
  type RawJob,
  type SearchPreferences,
} from '@job-hunter/domain';
import type { ProcessOptions, ProcessResult } from './job-processor.types';

function addCount(into: Record<string, number>, reason: string, n: number): void {
  if (n > 0) into[reason] = (into[reason] ?? 0) + n;
}

/**
 * Normalises, de-duplicates and hard-filters scraped jobs. Every raw job ends up either
 * kept or counted under one drop reason: raw.length = jobs.length + drops (board skips aside).
 */
@Injectable()
export class JobProcessorAgent {
  process(raw: RawJob[], prefs: SearchPreferences, now: Date, opts: ProcessOptions = {}): ProcessResult {
    const dropped: Record<string, number> = {};
    const normalised: NormalisedJob[] = [];
    for (const r of raw) {
      const n = normaliseJob(r);
      if (isInvalidJob(n)) addCount(dropped, 'invalid', 1);
      else normalised.push(n);
    }
    const deduped = dedupeJobs(normalised);
    addCount(dropped, 'duplicate', deduped.duplicates);
    const filtered = applyHardFilters(deduped.kept, prefs, now, opts.industriesByCompany ?? {});
    for (const [reason, n] of Object.entries(filtered.dropped)) addCount(dropped, reason, n);
    for (const [reason, n] of Object.entries(opts.skipped ?? {})) addCount(dropped, reason, n);
    return {
      jobs: filtered.kept,
      stats: {
        jobsScraped: raw.length,
        jobsAfterDedupe: deduped.kept.length,
        undatedKept: filtered.undatedKept,
        dropped,
      },
    };
  }
}
