import type { ScoredJob } from '../../models/scored';
import { aJob } from '../matching/matching.fixtures';
import { jobDecisions, droppedDecision } from './job-decisions';
import { nearMissJob, toResultJob } from './result-job.mapper';
import { NEAR_MISS_COUNT, selectShortlist } from './select-shortlist';

function scored(id: string, score: number, company = `Co ${id}`): ScoredJob {
  const job = aJob({ id, company, title: `Engineer ${id}`, url: `https://jobs.example/${id}`, occupation: 'engineer' });
  const fit = {
    matchedSkills: [],
    missingSkills: [],
    seniority: { fit: 'good' as const, note: '' },
    location: { fit: 'good' as const, note: '' },
    salary: { fit: 'unknown' as const, note: '' },
    recency: { fit: 'good' as const, note: '' },
    title: { fit: 'good' as const, note: '' },
    components: {},
    reasons: ['Title matches'],
  };
  return { job, score, fit, engine: 'heuristic' };
}

const LIMITS = { top: 50, maxPerCompany: 3, minScore: 60 };

describe('selectShortlist', () => {
  it('fills the shortlist only with jobs at or above the threshold, however few', () => {
    const pick = selectShortlist([scored('a', 90), scored('b', 60), scored('c', 59), scored('d', 20)], LIMITS);
    expect(pick.shortlist.map((s) => s.job.id)).toEqual(['a', 'b']);
    expect(pick.nearMisses.map((s) => s.job.id)).toEqual(['c', 'd']);
    expect(pick.goodMatches).toBe(2);
  });

  it('keeps only the best near misses, under the per-company cap', () => {
    const weak = Array.from({ length: 30 }, (_, i) => scored(`w${i}`, 50 - i, i < 5 ? 'Same Co' : `Co ${i}`));
    const pick = selectShortlist(weak, LIMITS);
    expect(pick.shortlist).toEqual([]);
    expect(pick.goodMatches).toBe(0);
    expect(pick.nearMisses).toHaveLength(NEAR_MISS_COUNT);
    expect(pick.nearMisses.filter((s) => s.job.company === 'Same Co')).toHaveLength(3);
    expect(pick.nearMisses[0]?.job.id).toBe('w0');
  });

  it('with a threshold of 0 shortlists every scored job (no near misses)', () => {
    const pick = selectShortlist([scored('a', 5), scored('b', 0)], { ...LIMITS, minScore: 0 });
    expect(pick.shortlist).toHaveLength(2);
    expect(pick.nearMisses).toEqual([]);
  });

  it('labels a near miss with its score and the threshold', () => {
    expect(nearMissJob(scored('c', 52.4), 1, 60).reasons[0]).toBe(
      'Scored 52, below the 60 a match needs (JH_MIN_SCORE)',
    );
  });
});

describe('jobDecisions', () => {
  it('gives every scored job its decision and reason, then the dropped ones', () => {
    const all = [
      scored('a', 90, 'Big'),
      scored('b', 85, 'Big'),
      scored('c', 40),
      scored('d', 10),
      scored('e', 80, 'Big'),
    ];
    const pick = selectShortlist(all, { ...LIMITS, maxPerCompany: 2, top: 50 });
    const result = {
      jobs: pick.shortlist.map((s, i) => toResultJob(s, i + 1)),
      nearMisses: pick.nearMisses.slice(0, 1).map((s, i) => nearMissJob(s, i + 1, 60)),
    };
    const dropped = [droppedDecision(aJob({ title: 'Videographer', occupation: 'video producer' }), 'role')];
    const rows = jobDecisions(result, all, dropped, { minScore: 60, maxPerCompany: 2 });
    expect(rows.map((r) => [r.title, r.decision, r.reason, r.score])).toEqual([
      ['Engineer a', 'shortlisted', '', 90],
      ['Engineer b', 'shortlisted', '', 85],
      ['Engineer c', 'near miss', 'low_score', 40],
      ['Engineer e', 'scored, not shortlisted', 'over_cap', 80],
      ['Engineer d', 'scored, not shortlisted', 'low_score', 10],
      ['Videographer', 'dropped', 'role', null],
    ]);
    expect(rows[0]).toMatchObject({
      occupation: 'engineer',
      location: 'Berlin, Germany',
      applyUrl: 'https://jobs.example/a',
    });
    expect(rows[5]?.occupation).toBe('video producer');
  });

  it('says beyond_top for a good job the full shortlist had no room for', () => {
    const all = [scored('a', 90), scored('b', 80)];
    const pick = selectShortlist(all, { ...LIMITS, top: 1 });
    const rows = jobDecisions({ jobs: pick.shortlist.map((s, i) => toResultJob(s, i + 1)) }, all, [], {
      minScore: 60,
      maxPerCompany: 3,
    });
    expect(rows.map((r) => r.reason)).toEqual(['', 'over_top']);
  });
});
