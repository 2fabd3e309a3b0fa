import type { NormalisedJob } from '@job-hunter/domain';
import { RunCostLedger } from '../cost/cost-ledger';
import { OfflineScoringEngine } from '../offline/offline-scoring.engine';
import { AnthropicScoringEngine } from './anthropic-scoring.engine';
import { MemoryScoreCache, scoreCacheKey } from './score-cache';
import { FakeLlmClient, NOW, aJob, candidate, parsePostings, preferences } from './scoring-model.fixtures';

function engine(client: FakeLlmClient, cache: MemoryScoreCache): AnthropicScoringEngine {
  return new AnthropicScoringEngine({
    client,
    offline: new OfflineScoringEngine(),
    newLedger: () => new RunCostLedger({ budgetUsd: 5, warn: () => undefined }),
    cache,
    options: { batchSize: 10, concurrency: 2 },
  });
}

const jobs: NormalisedJob[] = Array.from({ length: 12 }, (_, i) => aJob(i + 1));

describe('the response cache', () => {
  it('keys on model, prompt version, profile and job content', () => {
    const base = {
      model: 'claude-haiku-4-5',
      promptVersion: 'score-v1',
      profileHash: 'p'.repeat(64),
      jobHash: 'j'.repeat(64),
    };
    const key = scoreCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(scoreCacheKey({ ...base })).toBe(key);
    for (const part of Object.keys(base) as Array<keyof typeof base>) {
      expect(scoreCacheKey({ ...base, [part]: `${base[part]}x` })).not.toBe(key);
    }
  });

  it('makes a re-run over unchanged jobs free, and asks again only about what changed', async () => {
    const cache = new MemoryScoreCache();
    const profile = candidate();
    const prefs = preferences();
    const first = new FakeLlmClient();
    const run1 = await engine(first, cache).score(jobs, profile, prefs, { now: NOW });
    expect(first.requests).toHaveLength(2);
    expect(cache.size).toBe(12);

    const again = new FakeLlmClient();
    const run2 = await engine(again, cache).score(jobs, profile, prefs, { now: NOW });
    expect(again.requests).toHaveLength(0);
    expect(run2.cost.estimatedCostUsd).toBe(0);
    expect(run2.stats).toEqual({ calls: 0, fromCache: 12, fromModel: 0, offline: 0 });
    expect(run2.scored).toEqual(run1.scored);

    // One posting edited: only it is asked about.
    const edited = jobs.map((j, i) => (i === 4 ? { ...j, description: `${j.description} Equity included.` } : j));
    const one = new FakeLlmClient();
    await engine(one, cache).score(edited, profile, prefs, { now: NOW });
    expect(one.requests.flatMap((r) => parsePostings(r.user).map((p) => p.text))).toEqual([
      expect.stringContaining('Equity included.'),
    ]);

    // Other preferences, or another model: everything is asked again.
    const otherPrefs = new FakeLlmClient();
    await engine(otherPrefs, cache).score(jobs, profile, preferences({ remoteScopes: ['WORLD'] }), { now: NOW });
    expect(otherPrefs.requests).toHaveLength(2);
    const otherModel = new FakeLlmClient(undefined, 0.01, 'claude-sonnet-4-5');
    await engine(otherModel, cache).score(jobs, profile, prefs, { now: NOW });
    expect(otherModel.requests).toHaveLength(2);
  });

  it('asks once about two jobs with the same text', async () => {
    const twin = { ...aJob(1), id: 'other-board/same-posting', url: 'https://jobs.lever.co/co1/1', externalId: 'x' };
    const client = new FakeLlmClient();
    const out = await engine(client, new MemoryScoreCache()).score([aJob(1), twin], candidate(), preferences(), {
      now: NOW,
    });
    expect(client.requests.map((r) => parsePostings(r.user).length)).toEqual([1]);
    expect(out.scored.map((s) => s.engine)).toEqual(['anthropic', 'anthropic']);
    expect(out.stats).toEqual({ calls: 1, fromCache: 0, fromModel: 2, offline: 0 });
  });

  it('treats a damaged cached row as a miss and a failing store as no cache', async () => {
    const cache = new MemoryScoreCache();
    await engine(new FakeLlmClient(), cache).score(jobs.slice(0, 2), candidate(), preferences(), { now: NOW });
    const rows = await cache.findMany(cache.keys());
    await cache.putMany(rows.map((r, i) => (i === 0 ? { ...r, result: '{"score":' } : r)));
    const client = new FakeLlmClient();
    await engine(client, cache).score(jobs.slice(0, 2), candidate(), preferences(), { now: NOW });
    expect(client.requests.map((r) => parsePostings(r.user).length)).toEqual([1]);

    const broken = {
      findMany: async () => Promise.reject(new Error('database is locked')),
      putMany: async () => Promise.reject(new Error('database is locked')),
    };
    const out = await new AnthropicScoringEngine({
      client: new FakeLlmClient(),
      offline: new OfflineScoringEngine(),
      newLedger: () => new RunCostLedger({ budgetUsd: 5 }),
      cache: broken,
    }).score(jobs.slice(0, 2), candidate(), preferences(), { now: NOW });
    expect(out.scored.every((s) => s.engine === 'anthropic')).toBe(true);
  });
});
