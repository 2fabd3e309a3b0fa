import { FakeAnthropicServer } from './fake-anthropic-server';
import type { FakeAnthropicOptions } from './fake-anthropic.types';

const HEADERS = { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' };
const LONG = 'profile text '.repeat(100); // 1,300 chars ≈ 325 tokens

interface Posted {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

describe('FakeAnthropicServer (raw HTTP)', () => {
  let server: FakeAnthropicServer;
  const start = async (options: FakeAnthropicOptions = {}) => {
    server = await new FakeAnthropicServer(options).start();
  };
  const post = async (body: unknown, headers: Record<string, string> = HEADERS, path = '/v1/messages') => {
    const res = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> } as Posted;
  };
  const message = (system: unknown, user = 'hello', extra: object = {}) => ({
    model: 'claude-haiku-4-5',
    max_tokens: 100,
    system,
    messages: [{ role: 'user', content: user }],
    ...extra,
  });

  afterEach(async () => {
    await server.close();
  });

  it('answers in the Messages API shape with plausible usage', async () => {
    await start();
    const res = await post(message('Be brief.', 'x'.repeat(400)));
    expect(res.status).toBe(200);
    expect(res.headers.get('request-id')).toBe('req_fake_0');
    expect(res.json).toEqual({
      id: 'msg_fake_0',
      type: 'message',
      role: 'assistant',
      model: 'claude-haiku-4-5',
      content: [{ type: 'text', text: 'ok' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: 103, // (9 + 400 chars) / 4, rounded up
        output_tokens: 1,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
      },
    });
  });

  it('answers with the error shape and status the API uses', async () => {
    await start({ apiKey: 'right' });
    const noKey = await post(message('s'), { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' });
    expect(noKey.status).toBe(401);
    expect(noKey.json).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    expect((await post(message('s'), { ...HEADERS, 'x-api-key': 'wrong' })).status).toBe(401);
    const right = { ...HEADERS, 'x-api-key': 'right' };
    const noVersion = await post(message('s'), { 'content-type': 'application/json', 'x-api-key': 'right' });
    expect(noVersion.json).toMatchObject({ error: { type: 'invalid_request_error', message: /anthropic-version/ } });
    const noTokens = await post({ model: 'm', messages: [{ role: 'user', content: 'x' }] }, right);
    expect(noTokens).toMatchObject({ status: 400, json: { error: { message: /max_tokens/ } } });
    const badTool = await post(message('s', 'x', { tool_choice: { type: 'tool', name: 'nope' } }), right);
    expect(badTool).toMatchObject({ status: 400, json: { error: { message: /nope/ } } });
    expect((await post(message('s'), right, '/v1/complete')).status).toBe(404);
  });

  it('serves queued faults in order, then the responder again', async () => {
    await start();
    server.enqueueFaults(
      { kind: 'rate-limit', retryAfterSeconds: 7 },
      { kind: 'overloaded' },
      { kind: 'server-error' },
    );
    const limited = await post(message('s'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.json).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
    expect((await post(message('s'))).json).toMatchObject({ error: { type: 'overloaded_error' } });
    expect((await post(message('s'))).status).toBe(500);
    expect((await post(message('s'))).status).toBe(200);
    expect(server.messageRequests.map((r) => r.status)).toEqual([429, 529, 500, 200]);
  });

  it('lets the responder pick text, tool input or a fault per request', async () => {
    await start();
    server.respondWith((call) =>
      call.userText.includes('fail')
        ? { fault: { kind: 'status', status: 400, errorType: 'invalid_request_error', message: 'prompt is too long' } }
        : { toolInput: { echo: call.userText, system: call.systemText } },
    );
    const tools = [{ name: 'answer', description: 'd', input_schema: { type: 'object' } }];
    const ok = await post(message('sys', 'hi', { tools, tool_choice: { type: 'tool', name: 'answer' } }));
    expect(ok.json).toMatchObject({
      stop_reason: 'tool_use',
      content: [{ type: 'tool_use', id: 'toolu_fake_0', name: 'answer', input: { echo: 'hi', system: 'sys' } }],
    });
    // The tool-use system prompt the API adds is counted as input.
    expect((ok.json['usage'] as Record<string, number>)['input_tokens']).toBeGreaterThan(313);
    const failed = await post(message('sys', 'please fail'));
    expect(failed).toMatchObject({ status: 400, json: { error: { message: 'prompt is too long' } } });
  });

  it('shows the responder the tools offered with their schemas, and refuses a tool without an object schema', async () => {
    await start();
    const seen: unknown[] = [];
    server.respondWith((call) => {
      seen.push(call.tools);
      return { toolInput: {} };
    });
    const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };
    const tools = [{ name: 'count', description: 'd', input_schema: schema }];
    expect((await post(message('s', 'x', { tools, tool_choice: { type: 'tool', name: 'count' } }))).status).toBe(200);
    expect(seen).toEqual([[{ name: 'count', description: 'd', input_schema: schema }]]);
    const bad = await post(message('s', 'x', { tools: [{ name: 'count', input_schema: { type: 'array' } }] }));
    expect(bad).toMatchObject({ status: 400, json: { error: { type: 'invalid_request_error', message: /tools\.0/ } } });
    expect(seen).toHaveLength(1);
  });

  it('writes a marked prefix to the cache once, reads it after, and keys it by text and model', async () => {
    await start();
    const system = [
      { type: 'text', text: 'rubric' },
      { type: 'text', text: LONG, cache_control: { type: 'ephemeral' } },
    ];
    const usage = async (body: unknown) => (await post(body)).json['usage'] as Record<string, number>;
    const first = await usage(message(system, 'job one'));
    expect(first['cache_creation_input_tokens']).toBe(Math.ceil(('rubric' + LONG).length / 4));
    expect(first['cache_read_input_tokens']).toBe(0);
    const second = await usage(message(system, 'job two, longer'));
    expect(second['cache_read_input_tokens']).toBe(first['cache_creation_input_tokens']);
    expect(second['cache_creation_input_tokens']).toBe(0);
    expect(second['input_tokens']).toBeLessThan(10);
    const otherModel = await usage({ ...message(system, 'job'), model: 'claude-sonnet-4-5' });
    expect(otherModel['cache_creation_input_tokens']).toBeGreaterThan(0);
    const changed = [system[0], { ...system[1], text: LONG + '!' }];
    expect((await usage(message(changed, 'job')))['cache_read_input_tokens']).toBe(0);
    server.clearPromptCache();
    expect((await usage(message(system, 'job')))['cache_read_input_tokens']).toBe(0);
  });

  it('does not cache a prefix shorter than the configured minimum', async () => {
    await start({ minCacheableTokens: 1024 });
    const system = [{ type: 'text', text: LONG, cache_control: { type: 'ephemeral' } }];
    await post(message(system));
    const usage = (await post(message(system))).json['usage'] as Record<string, number>;
    expect(usage['cache_read_input_tokens']).toBe(0);
    expect(usage['cache_creation_input_tokens']).toBe(0);
  });

  it('cuts replies longer than max_tokens and says so', async () => {
    await start({ responder: () => ({ text: 'y'.repeat(1000) }) });
    const res = await post({ ...message('s'), max_tokens: 10 });
    expect(res.json).toMatchObject({ stop_reason: 'max_tokens', content: [{ text: 'y'.repeat(40) }] });
    expect((res.json['usage'] as Record<string, number>)['output_tokens']).toBe(10);
  });

  it('adds latency, answers slowly, and can send a malformed body', async () => {
    await start({ latencyMs: 100 });
    server.enqueueFaults({ kind: 'slow', delayMs: 150 }, { kind: 'malformed-json' });
    const started = Date.now();
    expect((await post(message('s'))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    const res = await fetch(`${server.url}/v1/messages`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify(message('s')),
    });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it('logs every request with its headers and body', async () => {
    await start();
    await post(message('s', 'logged'));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/v1/messages', status: 200 });
    expect(server.requests[0]?.headers['x-api-key']).toBe('k');
    expect(server.requests[0]?.json?.messages).toEqual([{ role: 'user', content: 'logged' }]);
  });
});
