import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import { errorMessage, JobHunterError, type ErrorCode } from '@job-hunter/domain';

export interface AnthropicCallContext {
  /** Scrubbed from every message, whatever the API or the network library put there. */
  apiKey: string;
  baseUrl: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

function scrub(text: string, apiKey: string): string {
  return apiKey ? text.split(apiKey).join('***') : text;
}

/** The API's own `error.message`, without the SDK's status prefix or raw JSON. */
function apiMessage(error: APIError): string {
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const inner: unknown = body.error;
    if (typeof inner === 'object' && inner !== null && 'message' in inner && typeof inner.message === 'string') {
      return inner.message;
    }
  }
  return error.message;
}

function statusError(error: APIError, ctx: AnthropicCallContext): [ErrorCode, string] {
  const status = error.status ?? 0;
  const said = `${status} ${error.type ?? 'error'}: ${apiMessage(error)}`;
  const tries = ctx.maxRetries > 0 ? ` after ${ctx.maxRetries + 1} attempts` : '';
  if (status === 401) return ['LLM_AUTH', `Claude rejected the API key (${said}). Check JH_ANTHROPIC_API_KEY.`];
  if (status === 403) {
    return [
      'LLM_AUTH',
      `The API key may not use ${ctx.model} (${said}). Check JH_ANTHROPIC_API_KEY and its workspace.`,
    ];
  }
  if (status === 404) {
    return ['CONFIG_INVALID', `Claude does not know the model or endpoint (${said}). Check JH_ANTHROPIC_MODEL.`];
  }
  if (status === 400 && /credit balance/i.test(said)) {
    return ['LLM_AUTH', `The Anthropic account cannot pay for calls (${said}). Add credits or use another key.`];
  }
  if (status === 429) {
    return ['LLM_ERROR', `Claude rate-limited the run${tries} (${said}). Try again later or lower the concurrency.`];
  }
  if (status >= 500 || status === 408 || status === 409) {
    return ['LLM_ERROR', `Claude failed${tries} (${said}). Try again later.`];
  }
  // Other 4xx mean the request itself was refused (too long, malformed): retrying cannot help, and
  // the scoring engine falls back to offline scores for what this call carried.
  return ['LLM_INVALID_OUTPUT', `Claude refused the request (${said}).`];
}

/** Fetch parses bodies in its own realm (e.g. under Jest's VM), so neither `instanceof` is reliable. */
function isJsonSyntaxError(error: unknown): boolean {
  const named = (e: unknown) => typeof e === 'object' && e !== null && 'name' in e && e.name === 'SyntaxError';
  return named(error) || (typeof error === 'object' && error !== null && 'cause' in error && named(error.cause));
}

/** Translates whatever the SDK threw into the product's error codes; the key never reaches a message. */
export function toJobHunterError(error: unknown, ctx: AnthropicCallContext): JobHunterError {
  if (error instanceof JobHunterError) return error;
  let code: ErrorCode = 'LLM_ERROR';
  let message: string;
  let retryable: boolean | undefined;
  if (error instanceof APIUserAbortError) {
    message = 'The Claude call was cancelled.';
    retryable = false;
  } else if (error instanceof APIConnectionTimeoutError) {
    message = `Claude did not answer within ${ctx.timeoutMs / 1000}s (${ctx.maxRetries + 1} attempts). Try again later.`;
  } else if (error instanceof APIConnectionError) {
    const cause = error.cause ? `: ${errorMessage(error.cause)}` : '';
    message = `Could not reach Claude at ${ctx.baseUrl}${cause}. Check JH_ANTHROPIC_BASE_URL and the network.`;
  } else if (error instanceof APIError) {
    [code, message] = statusError(error, ctx);
  } else if (isJsonSyntaxError(error)) {
    message = 'Claude answered with a body that is not valid JSON. Try again later.';
  } else {
    message = `The Claude call failed: ${errorMessage(error)}`;
  }
  return new JobHunterError(code, scrub(message, ctx.apiKey), { cause: error, retryable });
}
