// Types only: the SDK (and the error mapper, which needs its classes) loads on the first call, so a run
// with the offline engine or without a key never pays for it.
import type Anthropic from '@anthropic-ai/sdk';
import { Logger } from '@nestjs/common';
import { recordPaidCall, traceClaudeCall } from '@job-hunter/telemetry';
import { priceCall } from '../cost/pricing';
import type { AnthropicCallContext, toJobHunterError } from './anthropic-error.mapper';
import { LlmInvalidOutputError } from './llm-invalid-output.error';
import type { LlmClient, LlmReply, LlmRequest, LlmUsage } from './llm-client.types';

export const DEFAULT_ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

export interface AnthropicLlmClientOptions {
  /** Secret: sent only in the `x-api-key` header. */
  apiKey: string;
  model: string;
  /** JH_ANTHROPIC_BASE_URL; the public API when unset (never the SDK's own environment lookup). */
  baseUrl?: string;
  /**
   * The SDK's own retries of 408/409/429/5xx/connection errors, honouring `retry-after`. 2 for the
   * checkpoint pipeline; 0 under Temporal, whose activity retry policy owns retries.
   */
  maxRetries?: number;
  /** Per attempt. */
  timeoutMs?: number;
}

export const DEFAULT_LLM_MAX_RETRIES = 2;
export const DEFAULT_LLM_TIMEOUT_MS = 60_000;

type Message = Anthropic.Messages.Message;
type CreateParams = Anthropic.Messages.MessageCreateParamsNonStreaming;
type Sdk = { client: Anthropic; toJobHunterError: typeof toJobHunterError };

/** The LlmClient port on the Anthropic Messages API, through the official SDK. */
export class AnthropicLlmClient implements LlmClient {
  private static readonly warnedModels = new Set<string>();
  readonly model: string;
  private sdk?: Promise<Sdk>;
  private readonly ctx: AnthropicCallContext;
  private readonly logger = new Logger(AnthropicLlmClient.name);

  constructor(options: AnthropicLlmClientOptions) {
    this.model = options.model;
    this.ctx = {
      apiKey: options.apiKey,
      baseUrl: options.baseUrl ?? DEFAULT_ANTHROPIC_BASE_URL,
      model: options.model,
      timeoutMs: options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_LLM_MAX_RETRIES,
    };
  }

  get maxRetries(): number {
    return this.ctx.maxRetries;
  }

  complete(request: LlmRequest): Promise<LlmReply> {
    const model = request.model ?? this.model;
    return traceClaudeCall(model, request.purpose, async () => {
      const { client, toJobHunterError } = await this.loadSdk();
      let message: Message;
      try {
        message = await client.messages.create(this.params(request, model), { signal: request.signal });
      } catch (error) {
        throw toJobHunterError(error, { ...this.ctx, model });
      }
      return this.reply(request, message, model);
    });
  }

  /** The SDK client, built once on the first call (concurrent first calls share it). */
  private loadSdk(): Promise<Sdk> {
    this.sdk ??= Promise.all([import('@anthropic-ai/sdk'), import('./anthropic-error.mapper')]).then(
      ([{ default: Anthropic }, { toJobHunterError }]) => ({
        // Every setting is explicit so the SDK never falls back to ANTHROPIC_* environment variables.
        client: new Anthropic({
          apiKey: this.ctx.apiKey,
          authToken: null,
          webhookKey: null,
          baseURL: this.ctx.baseUrl,
          maxRetries: this.ctx.maxRetries,
          timeout: this.ctx.timeoutMs,
          logLevel: 'off',
          // The SDK's own span (anthropic.messages.create, a child of our claude.call) with metadata
          // only: prompts hold resumes and job texts. No trace headers leave for Anthropic.
          openTelemetry: { propagation: false, traces: { enabled: true, contentMode: 'metadata_only' } },
        }),
        toJobHunterError,
      }),
    );
    return this.sdk;
  }

  private params(request: LlmRequest, model: string): CreateParams {
    const system = request.system
      .filter((block) => block.text.length > 0)
      .map((block) => ({
        type: 'text' as const,
        text: block.text,
        ...(block.cache ? { cache_control: { type: 'ephemeral' as const } } : {}),
      }));
    const json = request.json;
    return {
      model,
      max_tokens: request.maxTokens,
      messages: [{ role: 'user', content: request.user }],
      ...(system.length > 0 ? { system } : {}),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      ...(json
        ? {
            tools: [
              {
                name: json.name,
                description: json.description,
                input_schema: { type: 'object', ...json.schema } as Anthropic.Messages.Tool.InputSchema,
              },
            ],
            tool_choice: { type: 'tool', name: json.name },
          }
        : {}),
    };
  }

  private reply(request: LlmRequest, message: Message, asked: string): LlmReply {
    const usage: LlmUsage = {
      inputTokens: message.usage.input_tokens,
      outputTokens: message.usage.output_tokens,
      cacheReadTokens: message.usage.cache_read_input_tokens ?? 0,
      cacheWriteTokens: message.usage.cache_creation_input_tokens ?? 0,
    };
    const billed = message.model || asked;
    const price = priceCall(billed, usage);
    // Counted here, before the output is judged: a reply cut short or without its JSON was paid all the same.
    recordPaidCall({ model: billed, usage, costUsd: price.usd });
    if (!price.known && !AnthropicLlmClient.warnedModels.has(message.model)) {
      AnthropicLlmClient.warnedModels.add(message.model);
      this.logger.warn(`No price is known for model "${message.model}"; costs are estimated as ${price.priced}.`);
    }
    const text = message.content
      .flatMap((block) => (block.type === 'text' ? [block.text] : []))
      .join('')
      .trim();
    const reply: LlmReply = {
      model: message.model,
      text,
      stopReason: message.stop_reason ?? undefined,
      usage,
      costUsd: price.usd,
    };
    if (!request.json) return reply;
    const name = request.json.name;
    const call = message.content.find((block) => block.type === 'tool_use' && block.name === name);
    if (message.stop_reason === 'max_tokens') {
      throw new LlmInvalidOutputError(
        `Claude's "${request.purpose}" reply was cut at ${request.maxTokens} tokens before the JSON was complete; ` +
          'raise maxTokens or send less per call.',
        reply,
      );
    }
    if (!call || call.type !== 'tool_use') {
      throw new LlmInvalidOutputError(
        `Claude answered "${request.purpose}" without calling the "${name}" tool.`,
        reply,
      );
    }
    return { ...reply, text: JSON.stringify(call.input), json: call.input };
  }
}
