import { LlmResponseCacheRepository, MIGRATIONS, openDataSource, runMigrations } from '@job-hunter/persistence';
import {
  FakeAnthropicServer,
  postgresAvailable,
  postgresTarget,
  sqliteTarget,
  type FakeMessagesCall,
  type Target,
} from '@job-hunter/testing';
import type { DataSource } from 'typeorm';
import { AnthropicLlmClient } from '../client/anthropic-llm.client';
import { RunCostLedger } from '../cost/cost-ledger';
import { OfflineScoringEngine } from '../offline/offline-scoring.engine';
import { AnthropicScoringEngine } from './anthropic-scoring.engine';
import {
  INJECTION,
  NOW,
  aJob,
  answerPrompt,
  candidate,
  injectionJob,
  plausibleEntry,
  preferences,
} from './scoring-model.fixtures';

const pgUp = postgresAvailable();
const profile = candidate();
const prefs = preferences();
const jobs = [...Array.from({ length: 11 }, (_, i) => aJob(i + 1)), injectionJob()];

/** A model that obeys the injection: the engine must hold that posting down anyway. */
function obeyingModel(call: FakeMessagesCall) {
  return { toolInput: answerPrompt(call.userText, (p) => plausibleEntry(p, p.text.includes(INJECTION) ? 100 : 85)) };
}

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)(
  'AnthropicScoringEngine through the SDK, the fake Anthropic server and %s',
  (_name, makeTarget, enabled) => {
    const maybe = enabled ? describe : describe.skip;

    maybe('end to end', () => {
      let target: Target;
      let dataSource: DataSource;
      let server: FakeAnthropicServer;

      beforeAll(async () => {
        target = await makeTarget();
        expect(await runMigrations(target.db, target.overrides)).toEqual(MIGRATIONS.map((M) => new M().name));
        dataSource = await openDataSource(target.db, target.overrides);
        server = await new FakeAnthropicServer({ apiKey: 'sk-ant-int', responder: obeyingModel }).start();
      });
      afterAll(async () => {
        await server?.close();
        if (dataSource?.isInitialized) await dataSource.destroy();
        await target?.cleanup();
      });

      const engine = () =>
        new AnthropicScoringEngine({
          client: new AnthropicLlmClient({
            apiKey: 'sk-ant-int',
            model: 'claude-haiku-4-5',
            baseUrl: server.url,
            maxRetries: 1,
          }),
          offline: new OfflineScoringEngine(),
          newLedger: () => new RunCostLedger({ budgetUsd: 1, warn: () => undefined }),
          cache: new LlmResponseCacheRepository(dataSource),
          options: { batchSize: 5, concurrency: 2 },
        });

      it('scores, marks the profile prefix for caching, reads it on later batches, then re-runs for free', async () => {
        const first = await engine().score(jobs, profile, prefs, { now: NOW });
        expect(first.errors).toEqual([]);
        expect(first.scored.every((s) => s.engine === 'anthropic')).toBe(true);
        const requests = server.messageRequests;
        expect(requests).toHaveLength(3);
        for (const r of requests) {
          const system = r.json?.system as Array<{ text: string; cache_control?: unknown }>;
          expect(system.at(-1)?.cache_control).toEqual({ type: 'ephemeral' });
          expect(system[0]?.cache_control).toBeUndefined();
          expect(r.json?.tool_choice).toEqual({ type: 'tool', name: 'record_job_scores' });
        }
        // The first batch writes the prefix, the later ones read it.
        expect(first.cost.cacheWriteTokens).toBeGreaterThan(0);
        expect(first.cost.cacheReadTokens).toBe(2 * (first.cost.cacheWriteTokens ?? 0));
        expect(first.cost.estimatedCostUsd).toBeGreaterThan(0);
        expect(first.stats).toEqual({ calls: 3, fromCache: 0, fromModel: 12, offline: 0 });

        const evil = first.scored.find((s) => s.job.company === 'Brandly');
        const best = Math.min(...first.scored.filter((s) => s.job.company !== 'Brandly').map((s) => s.score));
        expect(evil?.score).toBeLessThan(50);
        expect(best).toBeGreaterThan(evil?.score ?? 100);
        expect(await new LlmResponseCacheRepository(dataSource).count()).toBe(12);

        const second = await engine().score(jobs, profile, prefs, { now: NOW });
        expect(server.messageRequests).toHaveLength(3);
        expect(second.cost.estimatedCostUsd).toBe(0);
        expect(second.stats).toEqual({ calls: 0, fromCache: 12, fromModel: 0, offline: 0 });
        expect(second.scored.map((s) => s.score)).toEqual(first.scored.map((s) => s.score));
      });

      it('repairs through the server and falls back offline when the repair fails too', async () => {
        const fresh = [aJob(40), aJob(41)];
        server.respondWith((call) =>
          call.userText.includes('did not pass validation')
            ? { text: 'Sorry, I cannot help with that.' }
            : {
                toolInput: answerPrompt(call.userText, (p) =>
                  p.id === 'j2'
                    ? { ...plausibleEntry(p), reasons: [{ text: 'x', quote: 'nowhere in the posting' }] }
                    : plausibleEntry(p),
                ),
              },
        );
        const before = server.messageRequests.length;
        const out = await engine().score(fresh, profile, prefs, { now: NOW });
        expect(server.messageRequests.length - before).toBe(2);
        expect(out.scored.map((s) => s.engine)).toEqual(['anthropic', 'heuristic']);
        expect(out.errors).toEqual([expect.objectContaining({ code: 'LLM_INVALID_OUTPUT', company: 'Company 41' })]);
        // Both calls were paid, the one without the tool call too.
        expect(out.stats.calls).toBe(2);
        expect(out.cost.outputTokens).toBeGreaterThan(0);
        server.respondWith(obeyingModel);
      });
    });
  },
);
