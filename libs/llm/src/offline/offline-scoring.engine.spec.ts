import type { CandidateProfile, NormalisedJob, SearchPreferences } from '@job-hunter/domain';
import { emptyPreferences } from '@job-hunter/domain';
import { OfflineScoringEngine } from './offline-scoring.engine';

const NOW = new Date('2025-06-15T12:00:00Z');

const job: NormalisedJob = {
  id: 'acme/backend-engineer/remote',
  ats: 'ashby',
  company: 'Acme',
  externalId: '1',
  title: 'Backend Engineer',
  url: 'https://jobs.ashbyhq.com/acme/1',
  description: 'Go and PostgreSQL.',
  places: [],
  locationLabel: 'Remote',
  remote: 'remote',
  remoteScope: [],
  seniority: null,
  postedAt: '2025-06-10T00:00:00Z',
  dateSource: 'exact',
  skills: ['Go', 'PostgreSQL'],
};
const profile: CandidateProfile = {
  titles: [],
  skills: ['Go'],
  yearsExperience: null,
  seniority: null,
  education: [],
  text: '',
};
const prefs: SearchPreferences = {
  ...emptyPreferences(),
};

describe('OfflineScoringEngine', () => {
  const engine = new OfflineScoringEngine();

  it('scores every job with the heuristic and costs nothing', async () => {
    const out = await engine.score([job, { ...job, id: 'b' }], profile, prefs, { now: NOW });
    expect(out.scored).toHaveLength(2);
    expect(out.scored[0]).toMatchObject({ engine: 'heuristic', job: { id: job.id } });
    expect(out.scored[0]?.fit.matchedSkills).toEqual(['Go']);
    expect(out.cost).toMatchObject({ inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 });
  });

  it('reports a job it cannot score and scores the rest', async () => {
    const broken = { ...job, id: 'broken', skills: null } as unknown as NormalisedJob;
    const out = await engine.score([broken, job], profile, prefs, { now: NOW });
    expect(out.scored.map((s) => s.job.id)).toEqual([job.id]);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ stage: 'scoreJobs', code: 'INTERNAL', company: 'Acme' });
  });
});
