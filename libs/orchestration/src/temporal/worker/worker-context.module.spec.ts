import { Test } from '@nestjs/testing';
import { LLM_CLIENT_OPTIONS, type LlmClientOptions } from '@job-hunter/llm';
import { WorkerContextModule } from './worker-context.module';

describe('WorkerContextModule', () => {
  it('lowers the Anthropic SDK retries to 0, so Temporal retry policies own retrying', async () => {
    const imports = WorkerContextModule.forRoot({} as never).imports ?? [];
    // Only the global options module: the rest needs a database.
    const optionsModule = imports.find((m) => typeof m === 'function' && m.name === 'TemporalLlmOptionsModule');
    expect(optionsModule).toBeDefined();
    const ref = await Test.createTestingModule({ imports: [optionsModule as never] }).compile();
    expect(ref.get<LlmClientOptions>(LLM_CLIENT_OPTIONS)).toEqual({ maxRetries: 0 });
  });
});
