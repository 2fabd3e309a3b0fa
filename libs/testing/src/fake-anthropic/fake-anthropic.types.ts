import type { IncomingHttpHeaders } from 'node:http';

/** A content block the way the Messages API returns it. */
export type FakeContentBlock =
  { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: unknown };

export type FakeStopReason = 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use';

/** What the fake can do instead of answering (each mirrors a real failure of the API or the network). */
export type FakeAnthropicFault =
  /** 429 rate_limit_error with `retry-after` in seconds (fractions keep tests fast; the SDK honours them). */
  | { kind: 'rate-limit'; retryAfterSeconds?: number }
  /** 529 overloaded_error. */
  | { kind: 'overloaded' }
  /** 500 api_error. */
  | { kind: 'server-error' }
  /** 200 with a body cut mid-JSON. */
  | { kind: 'malformed-json' }
  /** Wait before answering normally (for timeouts). */
  | { kind: 'slow'; delayMs: number }
  /** Any other error status, e.g. 400 invalid_request_error or 403 permission_error. */
  | { kind: 'status'; status: number; errorType: string; message?: string };

/** The test's answer to one request. */
export type FakeAnthropicReply =
  | { text: string; stopReason?: FakeStopReason }
  /** A tool_use block; `toolName` defaults to the forced tool (`tool_choice: {type:'tool'}`). */
  | { toolInput: unknown; toolName?: string }
  /** Raw content blocks, for replies the helpers cannot express (e.g. text before a tool call). */
  | { content: FakeContentBlock[]; stopReason: FakeStopReason }
  | { fault: FakeAnthropicFault };

/** The parsed body of `POST /v1/messages`, loosely typed: the fake checks what it needs. */
export interface FakeMessagesBody {
  model?: unknown;
  max_tokens?: unknown;
  system?: unknown;
  messages?: unknown;
  tools?: unknown;
  tool_choice?: unknown;
  temperature?: unknown;
  [key: string]: unknown;
}

/** A tool the request offers, as sent (`input_schema` is the JSON schema its input should follow). */
export interface FakeToolDefinition {
  name: string;
  description?: string;
  input_schema: Record<string, unknown>;
}

/** One request as the responder sees it, with the text already pulled out of the blocks. */
export interface FakeMessagesCall {
  /** 0 for the first request the server received, counting faults and retries. */
  index: number;
  body: FakeMessagesBody;
  model: string;
  maxTokens: number;
  systemText: string;
  /** The text of every user turn, joined with blank lines. */
  userText: string;
  /** The tool named in `tool_choice: {type:'tool', name}`, if any. */
  forcedTool?: string;
  /** The tools offered, in order (empty when none). */
  tools: FakeToolDefinition[];
  headers: IncomingHttpHeaders;
}

export type FakeAnthropicResponder = (call: FakeMessagesCall) => FakeAnthropicReply | Promise<FakeAnthropicReply>;

/** One request as received, for assertions (headers included, so a test can check where the key went). */
export interface FakeAnthropicRequestLog {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body as sent. */
  body: string;
  /** The parsed body, when it was JSON. */
  json?: FakeMessagesBody;
  /** The status the fake answered with (0 while the answer is pending). */
  status: number;
}

export interface FakeAnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

export interface FakeAnthropicOptions {
  /** Decides each reply; the default answers "ok" as text, or `{}` to a forced tool. */
  responder?: FakeAnthropicResponder;
  /** When set, any other `x-api-key` gets 401; otherwise any non-empty key is accepted. */
  apiKey?: string;
  /** Added before every answer. */
  latencyMs?: number;
  /**
   * The real API silently skips caching a prefix shorter than a model-specific minimum (1,024 tokens
   * for Sonnet and Opus, more for Haiku). 0 (the default) caches any marked prefix; benchmarks that
   * want real-world figures should set the minimum of the model they price.
   */
  minCacheableTokens?: number;
  /** Input tokens the API adds for its tool-use system prompt when tools are present. */
  toolPromptTokens?: number;
  /** How long a cached prefix lives after its last use (the API's 5-minute TTL by default). */
  cacheTtlMs?: number;
}
