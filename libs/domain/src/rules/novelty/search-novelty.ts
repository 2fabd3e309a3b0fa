import type { JobMark } from '../../models/job-mark';
import type { DisappearedJob, Novelty, SearchHistory, SearchJobRecord } from '../../models/novelty';
import type { ResultJob, RunResult } from '../../models/run';
import { urlJobKey } from '../matching/job-key';

/** What one run of a saved search makes of its shortlist against the search's history. */
export interface NoveltyOutcome {
  /** The shortlist, in its order, each job with its novelty. */
  jobs: ResultJob[];
  /** What the search's previous run shortlisted and this run does not, in the history's order. */
  disappeared: DisappearedJob[];
  /** The search's history rows this run writes: every job of its shortlist, as this run shows it. */
  records: SearchJobRecord[];
}

/**
 * Marks each shortlisted job new, seen or changed for the search. A job is the same as one the
 * search shortlisted before when its jobKey (the board's id) matches, else its canonical apply URL,
 * else its dedupe key: a job reposted under a new board id is still the same job. `dedupeKeys` gives
 * each job's dedupe key by jobKey (a job missing from it matches by jobKey and URL only).
 */
export function searchNovelty(
  run: { runId: string; finishedAt: string },
  jobs: readonly ResultJob[],
  dedupeKeys: ReadonlyMap<string, string>,
  history: SearchHistory,
): NoveltyOutcome {
  const nows = jobs.map((job) => recordOf(job, dedupeKeys.get(job.jobKey) ?? '', run));
  const matches = matchRecords(nows, history.jobs);
  const matched = new Set(matches.flatMap((m) => (m ? [m.record] : [])));
  // A job takes over its record's row, unless another job of this run took it first: it gets its own row.
  const records = nows.map((now, i) => {
    const match = matches[i];
    if (!match) return now;
    return { ...now, jobKey: match.shared ? now.jobKey : match.record.jobKey, firstRunId: match.record.firstRunId };
  });
  const marked = jobs.map((job, i): ResultJob => ({
    ...job,
    novelty: noveltyOf(nows[i] as SearchJobRecord, matches[i]?.record),
  }));
  const previousRunId = history.previousRun?.runId;
  const disappeared = history.jobs
    .filter((r) => r.lastRunId === previousRunId && !matched.has(r))
    .map(({ jobKey, title, company, applyUrl, lastRunId }) => ({
      jobKey,
      title,
      company,
      applyUrl,
      lastSeenRunId: lastRunId,
    }));
  return { jobs: marked, disappeared, records };
}

/** Why a marked job is left out of a saved search's runs: the person hid it or applied to it; null to keep it. */
export function dismissal(mark: JobMark | undefined): 'hidden' | 'applied' | null {
  return mark?.state === 'hidden' || mark?.state === 'applied' ? mark.state : null;
}

function noveltyOf(now: SearchJobRecord, before: SearchJobRecord | undefined): Novelty {
  if (!before) return 'new';
  const same = now.title === before.title && now.pay === before.pay && now.place === before.place;
  return same ? 'seen' : 'changed';
}

function recordOf(job: ResultJob, dedupeKey: string, run: { runId: string; finishedAt: string }): SearchJobRecord {
  return {
    jobKey: job.jobKey,
    urlKey: urlJobKey(job.applyUrl),
    dedupeKey,
    title: job.title,
    company: job.company,
    pay: job.salary ?? '',
    place: job.location,
    applyUrl: job.applyUrl,
    firstRunId: run.runId,
    lastRunId: run.runId,
    lastSeenAt: run.finishedAt,
  };
}

const IDENTITIES: ReadonlyArray<(r: SearchJobRecord) => string | null> = [
  (r) => r.jobKey,
  (r) => r.urlKey,
  (r) => r.dedupeKey,
];

interface RecordMatch {
  record: SearchJobRecord;
  /** Another job of the run matched the record first (its own jobKey, or a stronger identity). */
  shared: boolean;
}

/**
 * Each job's earlier record, or undefined: every job by its jobKey first, then those left by apply
 * URL, then by dedupe key. Two postings of one job (a cross-posting with the same page, or company,
 * title and place) both match its record; the first to match it, by the strongest identity, owns it.
 */
function matchRecords(
  nows: readonly SearchJobRecord[],
  history: readonly SearchJobRecord[],
): Array<RecordMatch | undefined> {
  const matches: Array<RecordMatch | undefined> = nows.map(() => undefined);
  const owned = new Set<SearchJobRecord>();
  for (const identity of IDENTITIES) {
    const index = indexBy(history, identity);
    nows.forEach((now, i) => {
      const key = identity(now);
      const record = key && !matches[i] ? index.get(key) : undefined;
      if (!record) return;
      matches[i] = { record, shared: owned.has(record) };
      owned.add(record);
    });
  }
  return matches;
}

function indexBy(
  records: readonly SearchJobRecord[],
  key: (r: SearchJobRecord) => string | null,
): Map<string, SearchJobRecord> {
  const index = new Map<string, SearchJobRecord>();
  for (const r of records) {
    const k = key(r);
    if (k && !index.has(k)) index.set(k, r);
  }
  return index;
}

/** The new jobs of a saved search's run (its result has `disappeared`), in shortlist order; null for any other run. */
export function newJobsOf(result: Pick<RunResult, 'jobs' | 'disappeared'>): ResultJob[] | null {
  return result.disappeared ? result.jobs.filter((j) => j.novelty === 'new') : null;
}
