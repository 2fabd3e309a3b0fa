import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig } from '@job-hunter/config';
import { LlmModule } from '../llm.module';
import { OfflineScoringEngine } from '../offline/offline-scoring.engine';
import { ScoringEngineRegistry } from '../scoring/scoring-engine.registry';
import { AnthropicScoringEngine } from './anthropic-scoring.engine';

function configModule(env: Record<string, string>) {
  @Global()
  @Module({
    providers: [{ provide: APP_CONFIG, useValue: loadConfig({ JH_DATABASE_URL: 'sqlite::memory:', ...env }) }],
    exports: [APP_CONFIG],
  })
  class ConfigStub {}
  return ConfigStub;
}

async function registryWith(env: Record<string, string>): Promise<ScoringEngineRegistry> {
  const mod = await Test.createTestingModule({ imports: [configModule(env), LlmModule] }).compile();
  return mod.get(ScoringEngineRegistry);
}

describe('LlmModule and the Anthropic engine', () => {
  it('resolves "anthropic" to the Claude engine when an API key is configured', async () => {
    const registry = await registryWith({
      JH_ANTHROPIC_API_KEY: 'sk-ant-test',
      JH_ANTHROPIC_MODEL: 'claude-haiku-4-5',
    });
    const resolved = registry.resolve('anthropic');
    expect(resolved.engine).toBeInstanceOf(AnthropicScoringEngine);
    expect((resolved.engine as AnthropicScoringEngine).model).toBe('claude-haiku-4-5');
    expect(resolved.notice).toBeUndefined();
    expect(registry.kinds()).toEqual(['heuristic', 'anthropic']);
  });

  it('falls back to the offline engine with a notice without a key', async () => {
    const registry = await registryWith({});
    const resolved = registry.resolve('anthropic');
    expect(resolved.engine).toBeInstanceOf(OfflineScoringEngine);
    expect(resolved.notice).toContain('anthropic');
  });
});
