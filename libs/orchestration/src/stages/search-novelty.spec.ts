import { jobKey, type JobMark, type NormalisedJob, type ScoredJob } from '@job-hunter/domain';
import { withoutDismissed } from './search-novelty';

/** Only what the marks lookup and a dropped row read of a scored job. */
function scored(externalId: string): ScoredJob {
  const job = {
    id: `acme/engineer-${externalId}/berlin`,
    ats: 'lever',
    company: 'Acme',
    externalId,
    title: `Engineer ${externalId}`,
    url: `https://jobs.lever.co/acme/${externalId}`,
    locationLabel: 'Berlin, Germany',
  } as NormalisedJob;
  return { job, score: 80 } as ScoredJob;
}

describe('withoutDismissed', () => {
  it('leaves out hidden and applied jobs, counts each under its state and gives each a dropped row', async () => {
    const jobs = ['a', 'b', 'c', 'd'].map(scored);
    const mark = (state: JobMark['state']): JobMark => ({ state, at: '2026-03-02', note: null });
    const states = new Map<string, JobMark>([
      [jobKey(jobs[0]?.job as NormalisedJob), mark('hidden')],
      [jobKey(jobs[1]?.job as NormalisedJob), mark('saved')],
      [jobKey(jobs[3]?.job as NormalisedJob), mark('applied')],
    ]);
    const asked: string[][] = [];
    const marks = {
      find: async (keys: readonly string[]) => {
        asked.push([...keys]);
        return new Map([...states].filter(([k]) => keys.includes(k)));
      },
    };
    const out = await withoutDismissed(marks, jobs);
    expect(out.scored.map((s) => s.job.externalId)).toEqual(['b', 'c']);
    expect(out.dropped).toEqual({ hidden: 1, applied: 1 });
    expect(out.decisions.map((d) => [d.title, d.decision, d.reason])).toEqual([
      ['Engineer a', 'dropped', 'hidden'],
      ['Engineer d', 'dropped', 'applied'],
    ]);
    // One lookup for the whole run, by the jobs' own keys.
    expect(asked).toEqual([jobs.map((s) => jobKey(s.job))]);
  });

  it('keeps every job and counts nothing when none is marked', async () => {
    const out = await withoutDismissed({ find: async () => new Map() }, [scored('a')]);
    expect(out).toMatchObject({ dropped: {}, decisions: [] });
    expect(out.scored).toHaveLength(1);
  });
});
