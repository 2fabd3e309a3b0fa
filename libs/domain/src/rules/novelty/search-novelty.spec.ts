import type { JobMark } from '../../models/job-mark';
import type { SearchHistory } from '../../models/novelty';
import type { ResultJob } from '../../models/run';
import { jobKey, urlJobKey } from '../matching/job-key';
import { dismissal, newJobsOf, searchNovelty } from './search-novelty';

function job(id: string, over: Partial<ResultJob> = {}): ResultJob {
  return {
    rank: 1,
    jobKey: jobKey({ id: `acme/engineer-${id}/berlin`, ats: 'lever', company: 'Acme', externalId: id, url: '' }),
    score: 80,
    title: `Engineer ${id}`,
    company: 'Acme',
    location: 'Berlin, Germany',
    remote: 'hybrid',
    postedAt: null,
    applyUrl: `https://jobs.lever.co/acme/${id}`,
    ats: 'lever',
    matchedSkills: [],
    missingSkills: [],
    reasons: [],
    salary: '€70k–€90k / year',
    ...over,
  };
}

const day1 = { runId: 'run-1', finishedAt: '2026-03-01T08:00:00.000Z' };
const day2 = { runId: 'run-2', finishedAt: '2026-03-02T08:00:00.000Z' };
const dedupe = (...jobs: ResultJob[]) => new Map(jobs.map((j) => [j.jobKey, `acme/${j.title.toLowerCase()}/berlin`]));
const empty: SearchHistory = { previousRun: null, jobs: [] };

/** The history after day 1 shortlisted `jobs`. */
function afterDay1(...jobs: ResultJob[]): SearchHistory {
  return { previousRun: day1, jobs: searchNovelty(day1, jobs, dedupe(...jobs), empty).records };
}

describe('searchNovelty', () => {
  it("marks a search's first shortlist all new, records every job, and has nothing gone", () => {
    const jobs = [job('a'), job('b')];
    const outcome = searchNovelty(day1, jobs, dedupe(...jobs), empty);
    expect(outcome.jobs.map((j) => j.novelty)).toEqual(['new', 'new']);
    expect(outcome.disappeared).toEqual([]);
    expect(outcome.records[0]).toEqual({
      jobKey: jobs[0]?.jobKey,
      urlKey: urlJobKey('https://jobs.lever.co/acme/a'),
      dedupeKey: 'acme/engineer a/berlin',
      title: 'Engineer a',
      company: 'Acme',
      pay: '€70k–€90k / year',
      place: 'Berlin, Germany',
      applyUrl: 'https://jobs.lever.co/acme/a',
      firstRunId: 'run-1',
      lastRunId: 'run-1',
      lastSeenAt: day1.finishedAt,
    });
  });

  it('tells seen from changed (title, pay or place) and new, and lists what the previous run had that is gone', () => {
    const history = afterDay1(job('a'), job('b'), job('c'), job('d'), job('gone'));
    const today = [
      job('a'),
      job('b', { title: 'Senior Engineer b' }),
      job('c', { salary: '€80k–€95k / year' }),
      job('d', { location: 'Munich, Germany', score: 99 }),
      job('fresh'),
    ];
    const outcome = searchNovelty(day2, today, dedupe(...today), history);
    expect(outcome.jobs.map((j) => [j.title, j.novelty])).toEqual([
      ['Engineer a', 'seen'],
      ['Senior Engineer b', 'changed'],
      ['Engineer c', 'changed'],
      ['Engineer d', 'changed'],
      ['Engineer fresh', 'new'],
    ]);
    expect(outcome.disappeared).toEqual([
      {
        jobKey: history.jobs[4]?.jobKey,
        title: 'Engineer gone',
        company: 'Acme',
        applyUrl: 'https://jobs.lever.co/acme/gone',
        lastSeenRunId: 'run-1',
      },
    ]);
    // Seen jobs keep the run that first shortlisted them; every record now shows this run.
    expect(outcome.records.map((r) => [r.firstRunId, r.lastRunId])).toEqual([
      ...Array.from({ length: 4 }, () => ['run-1', 'run-2']),
      ['run-2', 'run-2'],
    ]);
    expect(outcome.records[1]?.title).toBe('Senior Engineer b');
  });

  it('only counts as gone what the previous run shortlisted, not what an older run did', () => {
    const history: SearchHistory = {
      previousRun: day2,
      jobs: [...afterDay1(job('old')).jobs, ...searchNovelty(day2, [job('b')], dedupe(job('b')), empty).records],
    };
    const outcome = searchNovelty({ runId: 'run-3', finishedAt: '2026-03-03T08:00:00.000Z' }, [], new Map(), history);
    expect(outcome.disappeared.map((d) => d.title)).toEqual(['Engineer b']);
  });

  it('matches a job reposted under a new board id by its apply URL, else its dedupe key', () => {
    const history = afterDay1(job('a'), job('b'));
    // The same page under a new board id; then a new page and id for the same company, title and place.
    const sameUrl = job('a2', { title: 'Engineer a', applyUrl: 'https://jobs.lever.co/acme/a?utm_source=x' });
    const sameDedupe = job('b2', { title: 'Engineer b' });
    const outcome = searchNovelty(day2, [sameUrl, sameDedupe], dedupe(sameUrl, sameDedupe), history);
    expect(sameUrl.jobKey).not.toBe(history.jobs[0]?.jobKey);
    expect(outcome.jobs.map((j) => j.novelty)).toEqual(['seen', 'seen']);
    expect(outcome.disappeared).toEqual([]);
    // The history row keeps the key it was first shortlisted under, with the repost's page.
    expect(outcome.records.map((r) => r.jobKey)).toEqual(history.jobs.map((r) => r.jobKey));
    expect(outcome.records[1]?.applyUrl).toBe('https://jobs.lever.co/acme/b2');
    // Without its dedupe key the repost with a new page is a new job.
    expect(searchNovelty(day2, [sameDedupe], new Map(), history).jobs[0]?.novelty).toBe('new');
  });

  it("counts a cross-posting of a job seen (same dedupe key), the record staying with the job's own jobKey", () => {
    const history = afterDay1(job('a'));
    // Ranked first: a cross-posting with a's title and place; a itself is retitled, so no longer shares them.
    const crossPosted = job('a9', { title: 'Engineer a' });
    const retitled = job('a', { title: 'Engineer a (Platform)' });
    const dedupeKeys = new Map([
      [crossPosted.jobKey, 'acme/engineer a/berlin'],
      [retitled.jobKey, 'acme/engineer a platform/berlin'],
    ]);
    const outcome = searchNovelty(day2, [crossPosted, retitled], dedupeKeys, history);
    expect(outcome.jobs.map((j) => j.novelty)).toEqual(['seen', 'changed']);
    // a keeps its row (now retitled); the cross-posting gets a row of its own, first shortlisted with a.
    expect(outcome.records.map((r) => [r.jobKey, r.title, r.firstRunId])).toEqual([
      [crossPosted.jobKey, 'Engineer a', 'run-1'],
      [retitled.jobKey, 'Engineer a (Platform)', 'run-1'],
    ]);
    expect(outcome.disappeared).toEqual([]);
  });
});

describe('dismissal', () => {
  const mark = (state: JobMark['state']): JobMark => ({ state, at: '2026-03-02', note: null });
  it('leaves out hidden and applied jobs, keeps saved and unmarked ones', () => {
    expect(dismissal(mark('hidden'))).toBe('hidden');
    expect(dismissal(mark('applied'))).toBe('applied');
    expect(dismissal(mark('saved'))).toBeNull();
    expect(dismissal(undefined)).toBeNull();
  });
});

describe('newJobsOf', () => {
  it("lists a saved search run's new jobs in order, and nothing for a run of no search", () => {
    const jobs = [job('a', { novelty: 'seen' }), job('b', { novelty: 'new' }), job('c', { novelty: 'changed' })];
    expect(newJobsOf({ jobs, disappeared: [] })?.map((j) => j.title)).toEqual(['Engineer b']);
    expect(newJobsOf({ jobs: [job('a', { novelty: 'seen' })], disappeared: [] })).toEqual([]);
    expect(newJobsOf({ jobs })).toBeNull();
  });
});
