import { FakeAnthropicServer } from '@job-hunter/testing';
import { JobHunterError } from '@job-hunter/domain';
import { priceCall } from '../cost/pricing';
import { AnthropicLlmClient, type AnthropicLlmClientOptions } from './anthropic-llm.client';
import { LlmInvalidOutputError } from './llm-invalid-output.error';
import type { LlmRequest } from './llm-client.types';

const API_KEY = 'sk-ant-test-0123456789-secret';
const PROFILE = 'Candidate profile: senior backend engineer, TypeScript, PostgreSQL, Kubernetes. '.repeat(40);

const scoreSchema = {
  type: 'object',
  properties: { scores: { type: 'array', items: { type: 'object' } } },
  required: ['scores'],
};

const jsonRequest: LlmRequest = {
  purpose: 'score-jobs',
  system: [{ text: 'You score jobs against a rubric.' }, { text: PROFILE, cache: true }],
  user: 'Job 1: Backend engineer at Acme.',
  maxTokens: 500,
  json: { name: 'record_scores', description: 'Record one score per job.', schema: scoreSchema },
};

const textRequest: LlmRequest = { purpose: 'hello', system: [{ text: 'Be brief.' }], user: 'Say hi.', maxTokens: 50 };

async function failure(promise: Promise<unknown>): Promise<JobHunterError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof JobHunterError) return error;
    throw new Error(`expected a JobHunterError, got ${String(error)}`);
  }
  throw new Error('expected the call to fail');
}

describe('AnthropicLlmClient against the fake Messages API (real SDK)', () => {
  let server: FakeAnthropicServer;
  const client = (options: Partial<AnthropicLlmClientOptions> = {}) =>
    new AnthropicLlmClient({
      apiKey: API_KEY,
      model: 'claude-haiku-4-5',
      maxRetries: 0,
      ...options,
      baseUrl: options.baseUrl ?? server.url,
    });

  beforeEach(async () => {
    server = await new FakeAnthropicServer({ apiKey: API_KEY }).start();
  });
  afterEach(async () => {
    await server.close();
  });

  it('returns a text reply with usage and its cost at the model price', async () => {
    server.respondWith(() => ({ text: 'Hi there, nice to meet you.' }));
    const reply = await client().complete(textRequest);
    expect(reply.text).toBe('Hi there, nice to meet you.');
    expect(reply.json).toBeUndefined();
    expect(reply.model).toBe('claude-haiku-4-5');
    expect(reply.stopReason).toBe('end_turn');
    expect(reply.usage.inputTokens).toBeGreaterThan(0);
    expect(reply.usage.outputTokens).toBe(7);
    expect(reply.costUsd).toBeCloseTo(priceCall('claude-haiku-4-5', reply.usage).usd, 12);
    const body = server.messageRequests[0]?.json;
    expect(body).toMatchObject({
      model: 'claude-haiku-4-5',
      max_tokens: 50,
      messages: [{ role: 'user', content: 'Say hi.' }],
      system: [{ type: 'text', text: 'Be brief.' }],
    });
    expect(body?.tools).toBeUndefined();
  });

  it('asks for JSON through a forced tool and returns the tool input', async () => {
    const input = { scores: [{ jobId: 'j1', score: 82, reasons: ['"TypeScript" in the requirements'] }] };
    server.respondWith((call) => ({ toolInput: call.forcedTool === 'record_scores' ? input : { wrong: true } }));
    const reply = await client().complete(jsonRequest);
    expect(reply.json).toEqual(input);
    expect(JSON.parse(reply.text)).toEqual(input);
    expect(reply.stopReason).toBe('tool_use');
    const body = server.messageRequests[0]?.json;
    expect(body?.tool_choice).toEqual({ type: 'tool', name: 'record_scores' });
    expect(body?.tools).toEqual([
      { name: 'record_scores', description: 'Record one score per job.', input_schema: scoreSchema },
    ]);
  });

  it('marks only cache blocks with cache_control and maps cache writes, then reads', async () => {
    server.respondWith(() => ({ toolInput: { scores: [] } }));
    const llm = client();
    const first = await llm.complete(jsonRequest);
    const second = await llm.complete({ ...jsonRequest, user: 'Job 2: Platform engineer at Beta.' });
    const system = server.messageRequests[0]?.json?.system;
    expect(system).toEqual([
      { type: 'text', text: 'You score jobs against a rubric.' },
      { type: 'text', text: PROFILE, cache_control: { type: 'ephemeral' } },
    ]);
    expect(first.usage.cacheWriteTokens).toBeGreaterThan(800);
    expect(first.usage.cacheReadTokens).toBe(0);
    expect(second.usage.cacheReadTokens).toBe(first.usage.cacheWriteTokens);
    expect(second.usage.cacheWriteTokens).toBe(0);
    expect(second.costUsd).toBeLessThan(first.costUsd / 2);
  });

  it('waits for retry-after on 429 and succeeds on the retry', async () => {
    server.enqueueFaults({ kind: 'rate-limit', retryAfterSeconds: 0.3 });
    const started = Date.now();
    const reply = await client({ maxRetries: 1 }).complete(textRequest);
    expect(reply.text).toBe('ok');
    expect(server.messageRequests.map((r) => r.status)).toEqual([429, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it.each([
    ['overloaded (529)', { kind: 'overloaded' } as const, /529 overloaded_error/],
    ['server error (500)', { kind: 'server-error' } as const, /500 api_error/],
    ['rate limit (429)', { kind: 'rate-limit', retryAfterSeconds: 0.01 } as const, /rate-limited/],
  ])('maps %s to a retryable LLM_ERROR', async (_name, fault, message) => {
    server.enqueueFaults(fault, fault);
    const error = await failure(client({ maxRetries: 1 }).complete(textRequest));
    expect(error.code).toBe('LLM_ERROR');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/after 2 attempts/);
    expect(server.messageRequests).toHaveLength(2);
  });

  it('makes exactly one request with maxRetries 0', async () => {
    server.enqueueFaults({ kind: 'overloaded' }, { kind: 'overloaded' });
    await failure(client({ maxRetries: 0 }).complete(textRequest));
    expect(server.messageRequests).toHaveLength(1);
  });

  it('maps 401 to LLM_AUTH, not retried, and never echoes the key', async () => {
    const wrongKey = 'sk-ant-wrong-key-987654321';
    const error = await failure(client({ apiKey: wrongKey, maxRetries: 2 }).complete(textRequest));
    expect(error.code).toBe('LLM_AUTH');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/JH_ANTHROPIC_API_KEY/);
    expect(error.message).not.toContain(wrongKey);
    expect(server.messageRequests).toHaveLength(1);
  });

  it('maps 403 to LLM_AUTH and 404 to CONFIG_INVALID, and other 4xx to LLM_INVALID_OUTPUT', async () => {
    server.enqueueFaults(
      { kind: 'status', status: 403, errorType: 'permission_error', message: 'not allowed' },
      { kind: 'status', status: 404, errorType: 'not_found_error', message: 'model: claude-x' },
      { kind: 'status', status: 400, errorType: 'invalid_request_error', message: 'prompt is too long' },
    );
    const llm = client({ maxRetries: 2 });
    expect((await failure(llm.complete(textRequest))).code).toBe('LLM_AUTH');
    expect((await failure(llm.complete(textRequest))).code).toBe('CONFIG_INVALID');
    const invalid = await failure(llm.complete(textRequest));
    expect(invalid.code).toBe('LLM_INVALID_OUTPUT');
    expect(invalid.message).toMatch(/prompt is too long/);
    expect(server.messageRequests).toHaveLength(3);
  });

  it('maps a malformed JSON body to a retryable LLM_ERROR', async () => {
    server.enqueueFaults({ kind: 'malformed-json' });
    const error = await failure(client().complete(textRequest));
    expect(error.code).toBe('LLM_ERROR');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('times out a slow response', async () => {
    server.enqueueFaults({ kind: 'slow', delayMs: 1500 });
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 200 }).complete(textRequest));
    expect(error.code).toBe('LLM_ERROR');
    expect(error.message).toMatch(/did not answer within 0.2s/);
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('reports an unreachable endpoint with the setting to check', async () => {
    const url = server.url;
    await server.close();
    const error = await failure(client({ baseUrl: url }).complete(textRequest));
    expect(error.code).toBe('LLM_ERROR');
    expect(error.message).toMatch(/JH_ANTHROPIC_BASE_URL/);
  });

  it('throws LLM_INVALID_OUTPUT, with the paid usage, when the forced tool is not called or is cut', async () => {
    server.respondWith(() => ({ text: 'I would rather chat.' }));
    const missing = await failure(client().complete(jsonRequest));
    expect(missing).toBeInstanceOf(LlmInvalidOutputError);
    expect((missing as LlmInvalidOutputError).reply.costUsd).toBeGreaterThan(0);
    server.respondWith(() => ({ toolInput: { scores: ['x'.repeat(4000)] } }));
    const cut = await failure(client().complete({ ...jsonRequest, maxTokens: 100 }));
    expect(cut.code).toBe('LLM_INVALID_OUTPUT');
    expect(cut.message).toMatch(/cut at 100 tokens/);
    expect((cut as LlmInvalidOutputError).reply.usage.outputTokens).toBe(100);
  });

  it('sends the key only in the x-api-key header', async () => {
    server.enqueueFaults({ kind: 'overloaded' });
    const error = await failure(client().complete(jsonRequest));
    await client().complete(jsonRequest);
    for (const logged of server.messageRequests) {
      expect(logged.headers['x-api-key']).toBe(API_KEY);
      expect(logged.headers['anthropic-version']).toBeTruthy();
      const others = Object.entries(logged.headers).filter(([name]) => name !== 'x-api-key');
      expect(JSON.stringify(others)).not.toContain(API_KEY);
      expect(logged.body).not.toContain(API_KEY);
    }
    expect(error.message).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });
});
