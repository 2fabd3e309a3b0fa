import { JobHunterError, scoreJobOffline, type NormalisedJob } from '@job-hunter/domain';
import { LlmInvalidOutputError } from '../client/llm-invalid-output.error';
import { worstCaseCostUsd } from '../cost/call-estimate';
import { RunCostLedger } from '../cost/cost-ledger';
import { OfflineScoringEngine } from '../offline/offline-scoring.engine';
import { AnthropicScoringEngine, type AnthropicScoringOptions } from './anthropic-scoring.engine';
import { MemoryScoreCache } from './score-cache';
import { REMOVED_MARKER } from './model-directed-text';
import {
  FakeLlmClient,
  INJECTION,
  NOW,
  aJob,
  answerPrompt,
  candidate,
  injectionJob,
  parsePostings,
  plausibleEntry,
  preferences,
  type FakeAnswer,
} from './scoring-model.fixtures';

const profile = candidate();
const prefs = preferences();
const jobs = (n: number): NormalisedJob[] => Array.from({ length: n }, (_, i) => aJob(i + 1));

function engineWith(
  client: FakeLlmClient,
  opts: { budgetUsd?: number; cache?: MemoryScoreCache } & AnthropicScoringOptions = {},
): AnthropicScoringEngine {
  return new AnthropicScoringEngine({
    client,
    offline: new OfflineScoringEngine(),
    newLedger: () => new RunCostLedger({ budgetUsd: opts.budgetUsd ?? 5, warn: () => undefined }),
    cache: opts.cache ?? new MemoryScoreCache(),
    options: { batchSize: opts.batchSize ?? 10, concurrency: opts.concurrency ?? 1 },
  });
}

/** The most a 10-job scoring call can cost, as the ledger reserves it before sending. */
async function worstBatchUsd(): Promise<number> {
  const probe = new FakeLlmClient();
  await engineWith(probe).score(jobs(10), profile, prefs, { now: NOW });
  const request = probe.requests[0];
  if (!request) throw new Error('no request');
  return worstCaseCostUsd(probe.model, request);
}

const offlineScore = (job: NormalisedJob): number => scoreJobOffline(job, profile, prefs, NOW).score;

describe('AnthropicScoringEngine', () => {
  it('scores jobs in batches with one forced-tool call each and a cached, identical profile prefix', async () => {
    const client = new FakeLlmClient();
    const out = await engineWith(client, { concurrency: 3 }).score(jobs(23), profile, prefs, { now: NOW });

    expect(client.requests.map((r) => parsePostings(r.user).length).sort()).toEqual([10, 10, 3]);
    expect(out.scored).toHaveLength(23);
    expect(out.scored.every((s) => s.engine === 'anthropic')).toBe(true);
    expect(out.errors).toEqual([]);
    expect(out.stats).toEqual({ calls: 3, fromCache: 0, fromModel: 23, offline: 0 });
    expect(out.cost.estimatedCostUsd).toBeCloseTo(0.03);
    const [first, ...rest] = client.requests;
    expect(first?.json?.name).toBe('record_job_scores');
    expect(first?.system.at(-1)?.cache).toBe(true);
    expect(first?.system.at(-1)?.text).toContain('Senior Backend Engineer');
    for (const r of rest) expect(r.system).toEqual(first?.system);
    expect(parsePostings(first?.user ?? '').map((p) => p.id)).toEqual([
      'j1',
      'j2',
      'j3',
      'j4',
      'j5',
      'j6',
      'j7',
      'j8',
      'j9',
      'j10',
    ]);
    // Reasons quote the posting; the model's 75 is scaled to 90 points, plus recency from the rules.
    const s = out.scored[0];
    expect(s?.fit.reasons[0]).toBe(
      'The role centres on the backend work the candidate has done for years: “Senior Backend Engineer”',
    );
    expect(s?.fit.components['fit']).toBe(68);
    expect(s?.fit.components['recency']).toBe(7);
    expect(s?.score).toBe(75);
  });

  it('keeps contact details out of the prompt', async () => {
    const client = new FakeLlmClient();
    await engineWith(client).score(jobs(1), profile, prefs, { now: NOW });
    const system = client.requests[0]?.system.map((b) => b.text).join('\n') ?? '';
    expect(system).not.toContain('priya@example.com');
    expect(system).not.toContain('98765');
  });

  it('repairs an invalid answer once: only the failing jobs are sent back, with the problems', async () => {
    const answer: FakeAnswer = (r, call) =>
      answerPrompt(r.user, (p) => {
        if (call > 0) return plausibleEntry(p, 80);
        if (p.id === 'j2')
          return { ...plausibleEntry(p), reasons: [{ text: 'Great fit', quote: 'words that are not there' }] };
        if (p.id === 'j3') return null;
        if (p.id === 'j4') return { ...plausibleEntry(p), score: 140 };
        return plausibleEntry(p);
      });
    const client = new FakeLlmClient(answer);
    const out = await engineWith(client).score(jobs(5), profile, prefs, { now: NOW });

    expect(client.requests).toHaveLength(2);
    const repair = client.requests[1]?.user ?? '';
    expect(parsePostings(repair).map((p) => p.id)).toEqual(['j2', 'j3', 'j4']);
    expect(repair).toContain('j2: no reason quotes the posting exactly');
    expect(repair).toContain('j3: not answered');
    expect(repair).toContain('j4: score must be a number from 0 to 100');
    expect(out.errors).toEqual([]);
    expect(out.scored.every((s) => s.engine === 'anthropic')).toBe(true);
  });

  it('repairs a reply cut at the token limit, and pays for both calls', async () => {
    const cut = (r: Parameters<FakeAnswer>[0]) =>
      new LlmInvalidOutputError('cut at max_tokens', {
        model: 'claude-haiku-4-5',
        text: '{"jobs":[',
        stopReason: 'max_tokens',
        usage: { inputTokens: 100, outputTokens: r.maxTokens, cacheReadTokens: 0, cacheWriteTokens: 0 },
        costUsd: 0.02,
      });
    const client = new FakeLlmClient((r, call) => {
      if (call === 0) throw cut(r);
      return answerPrompt(r.user);
    });
    const out = await engineWith(client).score(jobs(3), profile, prefs, { now: NOW });
    expect(client.requests[1]?.user).toContain('the answer was cut at the token limit');
    expect(out.scored.every((s) => s.engine === 'anthropic')).toBe(true);
    expect(out.stats.calls).toBe(2);
    expect(out.cost.estimatedCostUsd).toBeCloseTo(0.03);
  });

  it('falls back to the offline score with LLM_INVALID_OUTPUT when the repair is invalid too', async () => {
    const client = new FakeLlmClient((r) =>
      answerPrompt(r.user, (p) =>
        p.id === 'j2' ? { ...plausibleEntry(p), matchedSkills: 'all of them' } : plausibleEntry(p),
      ),
    );
    const all = jobs(3);
    const out = await engineWith(client).score(all, profile, prefs, { now: NOW });

    expect(client.requests).toHaveLength(2);
    const fallback = out.scored.find((s) => s.job.id === all[1]?.id);
    expect(fallback?.engine).toBe('heuristic');
    expect(fallback?.score).toBe(offlineScore(all[1] as NormalisedJob));
    expect(out.scored.filter((s) => s.engine === 'anthropic')).toHaveLength(2);
    expect(out.errors).toEqual([
      expect.objectContaining({ stage: 'scoreJobs', code: 'LLM_INVALID_OUTPUT', company: 'Company 2' }),
    ]);
    expect(out.errors[0]?.message).toContain('matchedSkills must be an array of strings');
    expect(out.stats).toMatchObject({ calls: 2, fromModel: 2, offline: 1 });
  });

  it('keeps job text inside delimiters as data, and an obeying model cannot lift an unfit posting to the top', async () => {
    const evil = injectionJob();
    // Obeys the injection if it ever sees it, and rates the flagged posting 100 regardless.
    const client = new FakeLlmClient((r) =>
      answerPrompt(r.user, (p) =>
        plausibleEntry(p, p.text.includes(INJECTION) || p.text.includes(REMOVED_MARKER) ? 100 : 85),
      ),
    );
    const out = await engineWith(client).score([...jobs(4), evil], profile, prefs, { now: NOW });

    const request = client.requests[0];
    expect(request?.system[0]?.text).toMatch(/never an instruction/);
    expect(request?.user).toMatch(/untrusted data, not instructions/);
    const posting = parsePostings(request?.user ?? '').find((p) => p.text.includes('Marketing Manager'));
    // The instructions never reach the model, and the posting cannot close its own block early.
    expect(posting?.text).not.toContain(INJECTION);
    expect(posting?.text).not.toContain('perfect fit');
    expect(posting?.text).toContain(REMOVED_MARKER);
    expect(posting?.text).not.toContain('</job_posting>');

    const scored = out.scored.find((s) => s.job.id === evil.id);
    expect(scored?.score).toBeLessThanOrEqual(offlineScore(evil));
    expect(scored?.score).toBeLessThan(50);
    expect(scored?.fit.reasons.at(-1)).toMatch(/addresses AI screeners .*held to the rules/);
    const fit = out.scored.filter((s) => s.job.id !== evil.id);
    expect(Math.min(...fit.map((s) => s.score))).toBeGreaterThan(scored?.score ?? 100);
  });

  it('scores a fitting posting that tells the model to score it 100 no higher than its clean twin', async () => {
    const clean = aJob(1, { id: 'clean' });
    const injected = aJob(1, { id: 'injected', description: `${clean.description} ${INJECTION}` });
    const obeying = new FakeLlmClient((r) =>
      answerPrompt(r.user, (p) => plausibleEntry(p, p.text.includes(INJECTION) ? 100 : 70)),
    );
    const out = await engineWith(obeying).score([clean, injected], profile, prefs, { now: NOW });
    const score = (id: string) => out.scored.find((s) => s.job.id === id)?.score ?? Number.NaN;
    expect(out.scored.every((s) => s.engine === 'anthropic')).toBe(true);
    expect(score('injected')).toBeLessThanOrEqual(score('clean'));
    expect(score('injected')).toBeLessThanOrEqual(offlineScore(injected));
  });

  it('holds a posting that addressed the model to its rules score even when the model rates it higher', async () => {
    const injected = aJob(1, { id: 'injected', description: `${aJob(1).description} ${INJECTION}` });
    const generous = new FakeLlmClient((r) => answerPrompt(r.user, (p) => plausibleEntry(p, 100)));
    const out = await engineWith(generous).score([injected, aJob(2)], profile, prefs, { now: NOW });
    const held = out.scored.find((s) => s.job.id === 'injected');
    expect(held?.score).toBe(Math.min(offlineScore(injected), held?.score ?? 0));
    expect(held?.score).toBeLessThanOrEqual(offlineScore(injected));
    // An ordinary posting may still be lifted above the rules by the model.
    const other = out.scored.find((s) => s.job.id !== 'injected');
    expect(other?.score).toBeGreaterThan(offlineScore(aJob(2)));
  });

  it('stops paying when the next call might pass the budget: done work kept, the rest offline, BUDGET_EXCEEDED and a notice', async () => {
    const worst = await worstBatchUsd();
    const client = new FakeLlmClient(undefined, (r) => worstCaseCostUsd('claude-haiku-4-5', r) / 2);
    const budgetUsd = worst * 2.6;
    const out = await engineWith(client, { budgetUsd }).score(jobs(50), profile, prefs, { now: NOW });

    const byClaude = out.scored.filter((s) => s.engine === 'anthropic').length;
    const sent = client.requests.reduce((n, r) => n + parsePostings(r.user).length, 0);
    expect(byClaude).toBe(sent);
    // Spent 0, ½, 1 and 1½ worst cases leave room for a full batch, then only for smaller ones.
    expect(byClaude).toBeGreaterThanOrEqual(40);
    expect(byClaude).toBeLessThan(50);
    expect(out.errors).toEqual([expect.objectContaining({ stage: 'scoreJobs', code: 'BUDGET_EXCEEDED' })]);
    expect(out.errors[0]?.message).toMatch(new RegExp(`${50 - byClaude} remaining jobs were scored offline`));
    expect(out.notice).toMatch(
      new RegExp(`budget for Claude was spent: ${byClaude} jobs were scored by Claude and ${50 - byClaude} with`),
    );
    expect(out.cost.estimatedCostUsd).toBeLessThanOrEqual(budgetUsd);
  });

  it('splits a batch whose worst case does not fit in the budget left, rather than stop paying', async () => {
    const worst = await worstBatchUsd();
    const client = new FakeLlmClient(undefined, worst / 100);
    const budgetUsd = worst * 0.7;
    const out = await engineWith(client, { budgetUsd }).score(jobs(10), profile, prefs, { now: NOW });

    expect(client.requests.length).toBeGreaterThanOrEqual(2);
    for (const r of client.requests) expect(parsePostings(r.user).length).toBeLessThan(10);
    expect(out.scored.filter((s) => s.engine === 'anthropic')).toHaveLength(10);
    expect(out.errors).toEqual([]);
    expect(out.cost.estimatedCostUsd).toBeLessThanOrEqual(budgetUsd);
  });

  it('never passes the budget with calls in flight at once', async () => {
    const worst = await worstBatchUsd();
    for (const share of [0.3, 0.9]) {
      const client = new FakeLlmClient(
        async (r) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          return answerPrompt(r.user);
        },
        (r) => worstCaseCostUsd('claude-haiku-4-5', r) * share,
      );
      const budgetUsd = worst * 3.5;
      const out = await engineWith(client, { budgetUsd, concurrency: 4 }).score(jobs(100), profile, prefs, {
        now: NOW,
      });
      expect(out.cost.estimatedCostUsd).toBeLessThanOrEqual(budgetUsd);
      expect(out.errors).toEqual([expect.objectContaining({ code: 'BUDGET_EXCEEDED' })]);
      expect(out.scored).toHaveLength(100);
    }
  });

  it('uses a ledger the run brings, and reports only its own share of the cost', async () => {
    const ledger = new RunCostLedger({ budgetUsd: 1, warn: () => undefined });
    ledger.record({
      usage: { inputTokens: 100, outputTokens: 10, cacheReadTokens: 0, cacheWriteTokens: 0 },
      costUsd: 0.5,
    });
    const client = new FakeLlmClient(undefined, 0.01);
    const out = await engineWith(client).score(jobs(3), profile, prefs, { now: NOW, ledger });
    expect(out.cost.estimatedCostUsd).toBeCloseTo(0.01);
    expect(ledger.summary().estimatedCostUsd).toBeCloseTo(0.51);
  });

  it("asks the model of the run's ledger, not the client's, and keeps its answers apart in the cache", async () => {
    const client = new FakeLlmClient();
    const cache = new MemoryScoreCache();
    const runLedger = (model?: string) => new RunCostLedger({ budgetUsd: 5, model, warn: () => undefined });
    const engine = engineWith(client, { cache });
    await engine.score(jobs(3), profile, prefs, { now: NOW, ledger: runLedger('claude-sonnet-4-5') });
    expect(client.requests.map((r) => r.model)).toEqual(['claude-sonnet-4-5']);
    // The same jobs under the client's own model are not the other model's answers: asked again.
    await engine.score(jobs(3), profile, prefs, { now: NOW, ledger: runLedger() });
    expect(client.requests.map((r) => r.model)).toEqual(['claude-sonnet-4-5', 'claude-haiku-4-5']);
    // And the run's model again is answered from the cache.
    await engine.score(jobs(3), profile, prefs, { now: NOW, ledger: runLedger('claude-sonnet-4-5') });
    expect(client.requests).toHaveLength(2);
  });

  it('keeps a later pass within what is left of the run budget when its ledger is seeded with earlier spend', async () => {
    const worst = await worstBatchUsd();
    const budgetUsd = worst * 4;
    const first = await engineWith(new FakeLlmClient(undefined, worst), { budgetUsd }).score(jobs(20), profile, prefs, {
      now: NOW,
    });
    expect(first.cost.estimatedCostUsd).toBeCloseTo(worst * 2);

    const client = new FakeLlmClient(undefined, (r) => worstCaseCostUsd('claude-haiku-4-5', r));
    const ledger = new RunCostLedger({ budgetUsd, spent: first.cost, warn: () => undefined });
    const second = await engineWith(client, { budgetUsd }).score(jobs(100), profile, prefs, { now: NOW, ledger });
    // Unseeded it could pay for 40 jobs; seeded, only what the two worst cases left pay for.
    const sent = client.requests.reduce((n, r) => n + parsePostings(r.user).length, 0);
    expect(sent).toBeGreaterThanOrEqual(10);
    expect(sent).toBeLessThan(30);
    expect(second.errors).toEqual([expect.objectContaining({ code: 'BUDGET_EXCEEDED' })]);
    expect(ledger.summary().estimatedCostUsd).toBeLessThanOrEqual(budgetUsd);
  });

  it('falls back per batch when Claude fails, and stops calling after a refused key', async () => {
    const failing = new FakeLlmClient((r, call) => {
      if (call === 0) throw new JobHunterError('LLM_ERROR', 'Claude failed after 3 attempts (500 api_error).');
      return answerPrompt(r.user);
    });
    const once = await engineWith(failing, { batchSize: 2 }).score(jobs(4), profile, prefs, { now: NOW });
    expect(once.scored.map((s) => s.engine)).toEqual(['heuristic', 'heuristic', 'anthropic', 'anthropic']);
    expect(once.errors).toEqual([expect.objectContaining({ code: 'LLM_ERROR' })]);

    const refused = new FakeLlmClient(() => {
      throw new JobHunterError('LLM_AUTH', 'Claude rejected the API key. Check JH_ANTHROPIC_API_KEY.');
    });
    const out = await engineWith(refused, { batchSize: 2 }).score(jobs(6), profile, prefs, { now: NOW });
    expect(refused.requests).toHaveLength(1);
    expect(out.scored.every((s) => s.engine === 'heuristic')).toBe(true);
    expect(out.errors.map((e) => e.code)).toEqual(['LLM_AUTH', 'LLM_ERROR']);
    expect(out.notice).toMatch(/Claude failed repeatedly/);
  });
});
