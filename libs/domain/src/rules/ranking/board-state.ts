import type { BoardState } from '../../models/job-mark';

/** What the scrapes recorded of one job: when one last listed it, and the last complete scrape of its board. */
export interface JobSeen {
  lastSeenAt: string;
  lastScrapedAt: string | null;
}

/**
 * A job is `open` while the last complete scrape of its board listed it (or no complete scrape came
 * after the one that did), `gone` once a later complete scrape no longer lists it, and `unknown`
 * when no recorded scrape ever listed it. Times are ISO-8601 UTC, so they compare as text.
 */
export function boardState(seen: JobSeen | undefined): BoardState {
  if (!seen) return { state: 'unknown', lastSeenAt: null, lastScrapedAt: null };
  const { lastSeenAt, lastScrapedAt } = seen;
  const gone = lastScrapedAt !== null && lastScrapedAt > lastSeenAt;
  return { state: gone ? 'gone' : 'open', lastSeenAt, lastScrapedAt };
}
