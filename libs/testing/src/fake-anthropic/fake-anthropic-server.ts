import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from '../loopback-server';
import { ApiFailure, parseMessagesCall } from './fake-anthropic-request';
import { FakePromptCache, tokensOf } from './fake-anthropic-usage';
import type {
  FakeAnthropicFault,
  FakeAnthropicOptions,
  FakeAnthropicReply,
  FakeAnthropicRequestLog,
  FakeAnthropicResponder,
  FakeContentBlock,
  FakeMessagesCall,
  FakeStopReason,
} from './fake-anthropic.types';

interface Answer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

const FAULTS: Record<'rate-limit' | 'overloaded' | 'server-error', [number, string, string]> = {
  'rate-limit': [429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'],
  overloaded: [529, 'overloaded_error', 'Overloaded'],
  'server-error': [500, 'api_error', 'Internal server error'],
};

type FakeAnswerReply = Exclude<FakeAnthropicReply, { fault: unknown }>;

/** "ok" as text, or `{}` as the forced tool's input: what the fake says when a test does not care. */
const defaultReply = (call: FakeMessagesCall): FakeAnswerReply =>
  call.forcedTool ? { toolInput: {} } : { text: 'ok', stopReason: 'end_turn' };

// Unref'd: a slow answer still pending when a test closes the server must not keep the process alive.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * The Anthropic Messages API (`POST /v1/messages`, non-streaming) on 127.0.0.1, for tests and
 * benchmarks through the real SDK: point `baseURL` (JH_ANTHROPIC_BASE_URL) at `url`.
 */
export class FakeAnthropicServer extends LoopbackServer {
  readonly requests: FakeAnthropicRequestLog[] = [];
  private readonly faults: FakeAnthropicFault[] = [];
  private readonly cache: FakePromptCache;
  private responder: FakeAnthropicResponder;

  constructor(private readonly options: FakeAnthropicOptions = {}) {
    super();
    this.responder = options.responder ?? defaultReply;
    this.cache = new FakePromptCache(options.cacheTtlMs ?? 5 * 60_000, options.minCacheableTokens ?? 0);
  }

  /** Requests to the Messages endpoint, in arrival order. */
  get messageRequests(): FakeAnthropicRequestLog[] {
    return this.requests.filter((r) => r.path === '/v1/messages');
  }

  respondWith(responder: FakeAnthropicResponder): this {
    this.responder = responder;
    return this;
  }

  /** The next requests fail in this order (one fault each) before the responder is asked again. */
  enqueueFaults(...faults: FakeAnthropicFault[]): this {
    this.faults.push(...faults);
    return this;
  }

  /** Forgets cached prompt prefixes, as if their TTL had passed. */
  clearPromptCache(): void {
    this.cache.clear();
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const log: FakeAnthropicRequestLog = {
      method: req.method ?? 'GET',
      path: (req.url ?? '/').split('?')[0] ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      status: 0,
    };
    const index = this.requests.length;
    this.requests.push(log);
    let answer: Answer;
    try {
      answer = await this.answer(log, index);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      answer = {
        status: error.status,
        headers: error.headers,
        body: JSON.stringify({
          type: 'error',
          error: { type: error.errorType, message: error.message },
          request_id: `req_fake_${index}`,
        }),
      };
    }
    if (this.options.latencyMs) await sleep(this.options.latencyMs);
    log.status = answer.status;
    if (res.destroyed) return;
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      'request-id': `req_fake_${index}`,
      ...answer.headers,
    });
    res.end(answer.body);
  }

  private async answer(log: FakeAnthropicRequestLog, index: number): Promise<Answer> {
    if (log.method !== 'POST' || log.path !== '/v1/messages') {
      throw new ApiFailure(404, 'not_found_error', `${log.method} ${log.path} is not served by this fake`);
    }
    const call = parseMessagesCall(log, index, this.options.apiKey);
    const queued = this.faults.shift();
    if (queued) {
      const early = await this.applyFault(queued);
      if (early) return early;
    }
    const reply: FakeAnthropicReply = await this.responder(call);
    if ('fault' in reply) {
      const early = await this.applyFault(reply.fault);
      if (early) return early;
      return this.message(call, defaultReply(call));
    }
    return this.message(call, reply);
  }

  /** Answers for a fault, or undefined when the fault only delays the normal answer. */
  private async applyFault(fault: FakeAnthropicFault): Promise<Answer | undefined> {
    switch (fault.kind) {
      case 'slow':
        await sleep(fault.delayMs);
        return undefined;
      case 'malformed-json':
        return { status: 200, body: '{"id":"msg_fake","type":"message","content":[{"type":"te' };
      case 'status':
        throw new ApiFailure(fault.status, fault.errorType, fault.message ?? fault.errorType);
      case 'rate-limit': {
        const [status, type, message] = FAULTS[fault.kind];
        throw new ApiFailure(status, type, message, { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
      }
      case 'overloaded':
      case 'server-error': {
        const [status, type, message] = FAULTS[fault.kind];
        throw new ApiFailure(status, type, message);
      }
    }
  }

  private message(call: FakeMessagesCall, reply: FakeAnswerReply): Answer {
    let content: FakeContentBlock[];
    let stopReason: FakeStopReason;
    if ('content' in reply) {
      content = reply.content;
      stopReason = reply.stopReason;
    } else if ('toolInput' in reply) {
      const name = reply.toolName ?? call.forcedTool ?? 'tool';
      content = [{ type: 'tool_use', id: `toolu_fake_${call.index}`, name, input: reply.toolInput }];
      stopReason = 'tool_use';
    } else {
      content = [{ type: 'text', text: reply.text }];
      stopReason = reply.stopReason ?? 'end_turn';
    }
    const outputText = content.map((b) => (b.type === 'text' ? b.text : JSON.stringify(b.input))).join('');
    let outputTokens = tokensOf(outputText);
    if (outputTokens > call.maxTokens) {
      // The model stops mid-answer: text is cut, a tool call's input is left incomplete.
      content = content.map((b) =>
        b.type === 'text' ? { ...b, text: b.text.slice(0, call.maxTokens * 4) } : { ...b, input: {} },
      );
      outputTokens = call.maxTokens;
      stopReason = 'max_tokens';
    }
    const tools = Array.isArray(call.body.tools) && call.body.tools.length > 0;
    const extra = tools ? (this.options.toolPromptTokens ?? 313) : 0;
    const usage = { ...this.cache.inputUsage(call.model, call.body, extra), output_tokens: outputTokens };
    const message = {
      id: `msg_fake_${call.index}`,
      type: 'message',
      role: 'assistant',
      model: call.model,
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      usage,
    };
    return { status: 200, body: JSON.stringify(message) };
  }
}
