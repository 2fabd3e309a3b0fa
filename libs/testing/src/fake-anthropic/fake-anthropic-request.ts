import { contentText, isRecord } from './fake-anthropic-usage';
import type { FakeAnthropicRequestLog, FakeMessagesCall, FakeToolDefinition } from './fake-anthropic.types';

/** Thrown inside the handler to answer with the API's error shape. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly errorType: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Checks the request the way the API does (auth, version header, required fields). */
export function parseMessagesCall(log: FakeAnthropicRequestLog, index: number, apiKey?: string): FakeMessagesCall {
  const key = log.headers['x-api-key'];
  if (typeof key !== 'string' || key === '') {
    throw new ApiFailure(401, 'authentication_error', 'x-api-key header is required');
  }
  if (apiKey !== undefined && key !== apiKey) {
    throw new ApiFailure(401, 'authentication_error', 'invalid x-api-key');
  }
  if (!log.headers['anthropic-version']) {
    throw new ApiFailure(400, 'invalid_request_error', 'anthropic-version: header is required');
  }
  let body: unknown;
  try {
    body = JSON.parse(log.body);
  } catch {
    throw new ApiFailure(400, 'invalid_request_error', 'The request body is not valid JSON.');
  }
  if (!isRecord(body)) throw new ApiFailure(400, 'invalid_request_error', 'The request body must be an object.');
  log.json = body;
  const invalid = (message: string) => new ApiFailure(400, 'invalid_request_error', message);
  if (typeof body['model'] !== 'string' || !body['model']) throw invalid('model: Field required');
  const maxTokens = body['max_tokens'];
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1) {
    throw invalid('max_tokens: Field required and must be a positive integer');
  }
  const messages = body['messages'];
  if (!Array.isArray(messages) || messages.length === 0) throw invalid('messages: at least one message is required');
  const choice = body['tool_choice'];
  const forcedTool = isRecord(choice) && choice['type'] === 'tool' ? String(choice['name']) : undefined;
  const tools = Array.isArray(body['tools']) ? body['tools'] : [];
  // The API refuses a tool without a name or an object input_schema.
  const defined = tools.map((t, i): FakeToolDefinition => {
    const schema = isRecord(t) ? t['input_schema'] : undefined;
    if (!isRecord(t) || typeof t['name'] !== 'string' || !isRecord(schema) || schema['type'] !== 'object') {
      throw invalid(`tools.${i}: a tool needs a name and an input_schema of type "object"`);
    }
    return {
      name: t['name'],
      description: typeof t['description'] === 'string' ? t['description'] : undefined,
      input_schema: schema,
    };
  });
  if (forcedTool && !defined.some((t) => t.name === forcedTool)) {
    throw invalid(`tool_choice: tool '${forcedTool}' not found in tools`);
  }
  const userText = messages
    .filter((m) => isRecord(m) && m['role'] === 'user')
    .map((m) => contentText((m as Record<string, unknown>)['content']))
    .join('\n\n');
  return {
    index,
    body,
    model: body['model'],
    maxTokens,
    systemText: contentText(body['system']),
    userText,
    forcedTool,
    tools: defined,
    headers: log.headers,
  };
}
