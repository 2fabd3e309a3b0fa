import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfigModule } from '@job-hunter/config';
import { LLM_RESPONSE_CACHE, LlmResponseCacheRepository, PersistenceModule } from '@job-hunter/persistence';
import {
  FakeAnthropicServer,
  postgresAvailable,
  postgresDatabaseTarget,
  sqliteTarget,
  testConfig,
  type Target,
} from '@job-hunter/testing';
import { LlmModule } from '../llm.module';
import { ScoringEngineRegistry } from '../scoring/scoring-engine.registry';
import { AnthropicScoringEngine, type AnthropicScoringOutcome } from './anthropic-scoring.engine';
import { SCORE_CACHE_STORE, type ScoreCacheStore } from './score-cache';
import { NOW, aJob, answerPrompt, candidate, preferences } from './scoring-model.fixtures';

const pgUp = postgresAvailable();

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresDatabaseTarget, pgUp],
] as const)('LlmModule with PersistenceModule on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('wired as the apps wire it', () => {
    let target: Target;
    let server: FakeAnthropicServer;

    beforeAll(async () => {
      target = await makeTarget();
      server = await new FakeAnthropicServer({
        responder: (call) => ({ toolInput: answerPrompt(call.userText) }),
      }).start();
    });
    afterAll(async () => {
      await server?.close();
      await target?.cleanup();
    });

    /** One process's worth of Nest: a new context per run, as separate CLI runs are. */
    async function runOnce(): Promise<{ outcome: AnthropicScoringOutcome; engine: unknown; store: unknown }> {
      const config = testConfig(target.db, {
        JH_ANTHROPIC_API_KEY: 'sk-ant-module',
        JH_ANTHROPIC_BASE_URL: server.url,
      });
      @Module({ imports: [AppConfigModule.forRoot(config), PersistenceModule.forRoot(), LlmModule] })
      class RunModule {}
      const app = await NestFactory.createApplicationContext(RunModule, { logger: false });
      try {
        const { engine } = app.get(ScoringEngineRegistry).resolve('anthropic');
        const jobs = [aJob(1), aJob(2), aJob(3)];
        const outcome = (await engine.score(jobs, candidate(), preferences(), { now: NOW })) as AnthropicScoringOutcome;
        return { outcome, engine, store: app.get(LLM_RESPONSE_CACHE) };
      } finally {
        await app.close();
      }
    }

    it('resolves the Claude engine with the database cache: a second run in a new context pays nothing', async () => {
      expect(SCORE_CACHE_STORE).toBe(LLM_RESPONSE_CACHE);
      const first = await runOnce();
      expect(first.engine).toBeInstanceOf(AnthropicScoringEngine);
      // Compile-time too: the repository fits the engine's port.
      const store: ScoreCacheStore = first.store as LlmResponseCacheRepository;
      expect(store).toBeInstanceOf(LlmResponseCacheRepository);
      expect(first.outcome.stats).toMatchObject({ calls: 1, fromModel: 3 });
      expect(server.messageRequests).toHaveLength(1);

      const second = await runOnce();
      expect(server.messageRequests).toHaveLength(1);
      expect(second.outcome.stats).toEqual({ calls: 0, fromCache: 3, fromModel: 0, offline: 0 });
      expect(second.outcome.cost.estimatedCostUsd).toBe(0);
    });
  });
});
