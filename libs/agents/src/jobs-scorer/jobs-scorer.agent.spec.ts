import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import type { CandidateProfile, NormalisedJob, ScoredJob, SearchPreferences } from '@job-hunter/domain';
import { emptyPreferences } from '@job-hunter/domain';
import {
  OfflineScoringEngine,
  RunCostLedger,
  ScoringEngineRegistry,
  type LlmScoringContext,
  type ScoringEngine,
} from '@job-hunter/llm';
import { JobsScorerAgent } from './jobs-scorer.agent';
import { JobsScorerModule } from './jobs-scorer.module';

const NOW = new Date('2025-06-15T12:00:00Z');
const daysAgo = (d: number): string => new Date(NOW.getTime() - d * 86_400_000).toISOString();

function job(id: string, skills: string[], age: number, title = 'Backend Engineer'): NormalisedJob {
  return {
    id,
    ats: 'lever',
    company: `Co ${id}`,
    externalId: id,
    title,
    url: `https://jobs.lever.co/co/${id}`,
    description: `Requirements:\n${skills.join(', ')}`,
    places: [],
    locationLabel: 'Remote',
    remote: 'remote',
    remoteScope: ['WORLD'],
    seniority: null,
    postedAt: daysAgo(age),
    dateSource: 'exact',
    skills,
  };
}

const profile: CandidateProfile = {
  titles: ['Backend Engineer'],
  skills: ['Go', 'PostgreSQL', 'Kubernetes'],
  yearsExperience: 6,
  seniority: 'senior',
  education: [],
  text: '',
};
const prefs: SearchPreferences = {
  ...emptyPreferences(),
  roles: ['backend engineer'],
  remoteScopes: ['IN'],
};

const config = (topKSemantic: number): AppConfig => ({ llm: { topKSemantic } }) as AppConfig;

/** A stand-in paid engine: remembers what it was sent and gives every job 50. */
class FakePaidEngine implements ScoringEngine {
  readonly kind = 'anthropic' as const;
  readonly seen: string[] = [];
  readonly contexts: LlmScoringContext[] = [];

  async score(jobs: NormalisedJob[], _profile: CandidateProfile, _prefs: SearchPreferences, ctx: LlmScoringContext) {
    this.seen.push(...jobs.map((j) => j.id));
    this.contexts.push(ctx);
    const scored: ScoredJob[] = jobs.map((j) => ({
      job: j,
      score: 50,
      engine: this.kind,
      fit: {
        matchedSkills: [],
        missingSkills: [],
        seniority: { fit: 'unknown', note: '' },
        location: { fit: 'unknown', note: '' },
        salary: { fit: 'unknown', note: '' },
        recency: { fit: 'unknown', note: '' },
        title: { fit: 'unknown', note: '' },
        components: {},
        reasons: ['Claude says so'],
      },
    }));
    return { scored, cost: { inputTokens: 900, outputTokens: 100, estimatedCostUsd: 0.01 }, errors: [] };
  }
}

describe('JobsScorerAgent', () => {
  let agent: JobsScorerAgent;
  const jobs = [
    job('weak', ['Java', 'Spring', 'Oracle'], 2),
    job('strong', ['Go', 'PostgreSQL', 'Kubernetes'], 2),
    job('stale', ['Go', 'PostgreSQL', 'Kubernetes'], 100),
  ];

  beforeAll(async () => {
    @Global()
    @Module({ providers: [{ provide: APP_CONFIG, useValue: config(2) }], exports: [APP_CONFIG] })
    class TestConfigModule {}
    const mod = await Test.createTestingModule({ imports: [TestConfigModule, JobsScorerModule] }).compile();
    agent = mod.get(JobsScorerAgent);
  });

  it('scores every job with the offline engine, best first, at no cost (no pre-shortlist)', async () => {
    const out = await agent.score(jobs, profile, prefs, { engine: 'heuristic', now: NOW });
    expect(out.engine).toBe('heuristic');
    expect(out.notice).toBeUndefined();
    expect(out.preShortlist).toBeUndefined();
    expect(out.scored.map((s) => s.job.id)).toEqual(['strong', 'stale', 'weak']);
    expect(out.scored.every((s) => s.engine === 'heuristic' && !/Scored offline/.test(s.fit.reasons[0] ?? ''))).toBe(
      true,
    );
    expect(out.cost.estimatedCostUsd).toBe(0);
    expect(out.errors).toEqual([]);
  });

  it('falls back from an unavailable engine to the offline engine with a notice', async () => {
    const offlineOnly = new JobsScorerAgent(new ScoringEngineRegistry([new OfflineScoringEngine()]), config(2));
    const out = await offlineOnly.score(jobs, profile, prefs, { engine: 'anthropic', now: NOW });
    expect(out.engine).toBe('heuristic');
    expect(out.notice).toMatch(/anthropic.*offline/i);
    expect(out.scored).toHaveLength(3);
  });

  it('stops when the run is cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(
      agent.score(jobs, profile, prefs, { engine: 'heuristic', now: NOW, signal: ac.signal }),
    ).rejects.toThrow();
  });

  describe('with a paid engine', () => {
    const market = [
      job('go-1', ['Go', 'PostgreSQL', 'Kubernetes'], 3),
      job('sales', ['Salesforce'], 1, 'Account Executive'),
      job('go-2', ['Go', 'Kubernetes'], 5, 'Senior Backend Engineer'),
      job('design', ['Figma'], 1, 'Product Designer'),
      job('java', ['Java', 'Spring'], 4, 'Backend Engineer (Java)'),
    ];

    function paidAgent(k: number): { agent: JobsScorerAgent; paid: FakePaidEngine } {
      const paid = new FakePaidEngine();
      return {
        agent: new JobsScorerAgent(new ScoringEngineRegistry([new OfflineScoringEngine(), paid]), config(k)),
        paid,
      };
    }

    it('sends only the top K by similarity to the paid engine and scores the rest offline, marked', async () => {
      const { agent: scorer, paid } = paidAgent(2);
      const out = await scorer.score(market, profile, prefs, { engine: 'anthropic', now: NOW });
      expect(paid.seen.sort()).toEqual(['go-1', 'go-2']);
      expect(out.engine).toBe('anthropic');
      expect(out.preShortlist).toEqual({ k: 2, candidates: 5, sentToEngine: 2, scoredOffline: 3 });
      expect(out.scored.map((s) => s.job.id).sort()).toEqual(market.map((j) => j.id).sort());
      const offline = out.scored.filter((s) => s.engine === 'heuristic');
      expect(offline.map((s) => s.job.id).sort()).toEqual(['design', 'java', 'sales']);
      for (const s of offline)
        expect(s.fit.reasons[0]).toMatch(/^Scored offline: #[345] of 5 .* outside the 2 jobs sent to Claude$/);
      expect(out.notice).toMatch(/Claude scored the 2 jobs most similar.*other 3 .*offline.*JH_TOP_K_SEMANTIC=2/);
      expect(out.cost.inputTokens).toBe(900);
      const scores = out.scored.map((s) => s.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it("hands the run's ledger to the paid engine, with or without the pre-shortlist", async () => {
      const ledger = new RunCostLedger({ budgetUsd: 1, warn: () => undefined });
      for (const k of [2, 5]) {
        const { agent: scorer, paid } = paidAgent(k);
        await scorer.score(market, profile, prefs, { engine: 'anthropic', now: NOW, ledger });
        expect(paid.contexts.map((c) => c.ledger)).toEqual([ledger]);
      }
    });

    it('sends everything when there are no more jobs than K', async () => {
      const { agent: scorer, paid } = paidAgent(5);
      const out = await scorer.score(market, profile, prefs, { engine: 'anthropic', now: NOW });
      expect(paid.seen).toHaveLength(5);
      expect(out.preShortlist).toBeUndefined();
      expect(out.notice).toBeUndefined();
      expect(out.scored.every((s) => s.engine === 'anthropic')).toBe(true);
    });
  });
});
