import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig } from '@job-hunter/config';
import { LlmModule } from '../llm.module';
import { AnthropicLlmClient } from './anthropic-llm.client';
import { LLM_CLIENT_OPTIONS } from './llm-client.provider';
import { LLM_CLIENT } from './llm-client.types';

function configModule(env: Record<string, string>, options?: object) {
  const config = loadConfig({ JH_DATABASE_URL: 'sqlite::memory:', JH_OUTPUT_DIR: '/tmp/jh-test-output', ...env });
  @Global()
  @Module({
    providers: [
      { provide: APP_CONFIG, useValue: config },
      ...(options ? [{ provide: LLM_CLIENT_OPTIONS, useValue: options }] : []),
    ],
    exports: [APP_CONFIG, ...(options ? [LLM_CLIENT_OPTIONS] : [])],
  })
  class TestConfigModule {}
  return TestConfigModule;
}

describe('LLM_CLIENT provider', () => {
  it('is undefined without an Anthropic API key', async () => {
    const mod = await Test.createTestingModule({ imports: [configModule({}), LlmModule] }).compile();
    expect(mod.get(LLM_CLIENT, { strict: false })).toBeUndefined();
  });

  it('is undefined when no config is provided at all', async () => {
    const mod = await Test.createTestingModule({ imports: [LlmModule] }).compile();
    expect(mod.get(LLM_CLIENT, { strict: false })).toBeUndefined();
  });

  it('is the Anthropic client for the configured model when a key is set', async () => {
    const env = { JH_ANTHROPIC_API_KEY: 'sk-test', JH_ANTHROPIC_MODEL: 'claude-sonnet-4-5' };
    const mod = await Test.createTestingModule({ imports: [configModule(env), LlmModule] }).compile();
    const client: unknown = mod.get(LLM_CLIENT, { strict: false });
    expect(client).toBeInstanceOf(AnthropicLlmClient);
    expect((client as AnthropicLlmClient).model).toBe('claude-sonnet-4-5');
    expect((client as AnthropicLlmClient).maxRetries).toBe(2);
  });

  it('takes maxRetries from LLM_CLIENT_OPTIONS (the Temporal worker sets 0)', async () => {
    const env = { JH_ANTHROPIC_API_KEY: 'sk-test' };
    const mod = await Test.createTestingModule({
      imports: [configModule(env, { maxRetries: 0 }), LlmModule],
    }).compile();
    expect(mod.get<AnthropicLlmClient>(LLM_CLIENT, { strict: false }).maxRetries).toBe(0);
  });
});
