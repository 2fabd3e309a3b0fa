import type { CostSummary } from '@job-hunter/domain';

/** One block of the system prompt; `cache` marks the end of a prefix worth caching (prompt caching). */
export interface SystemBlock {
  text: string;
  cache?: boolean;
}

export interface LlmRequest {
  /** What the call is for, e.g. 'score-jobs' or 'suggest-companies' (logs and cost lines). */
  purpose: string;
  /**
   * The model to ask, when the run chose one: a run's settings travel with it, so a worker whose
   * JH_ANTHROPIC_MODEL differs still asks the run's model. The client's own model otherwise.
   */
  model?: string;
  system: SystemBlock[];
  /** The user turn: data for the model (job text is data, never instructions). */
  user: string;
  maxTokens: number;
  temperature?: number;
  /** When set, the reply must be JSON matching this schema (asked for through a tool). */
  json?: { name: string; description: string; schema: Record<string, unknown> };
  signal?: AbortSignal;
}

export interface LlmUsage {
  /** Uncached input tokens, as the API reports them: cache reads and writes are counted apart. */
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

export interface LlmReply {
  model: string;
  /** The text reply, or the JSON input of the forced tool call serialised. */
  text: string;
  /** The parsed JSON when `json` was asked for (not yet validated against the schema). */
  json?: unknown;
  /** Why the model stopped: 'end_turn', 'tool_use', 'max_tokens' (the reply is cut), … */
  stopReason?: string;
  usage: LlmUsage;
  /** Dollars for this call at the model's price (see pricing). */
  costUsd: number;
}

/** A paid model behind one port; the Anthropic SDK implements it, tests use a fake server. */
export interface LlmClient {
  readonly model: string;
  complete(request: LlmRequest): Promise<LlmReply>;
}

/** Tracks one run's spend against its budget: checked before every paid call. */
export interface CostLedger {
  /**
   * Holds the most a call can cost while it runs and returns the release; throws
   * JobHunterError('BUDGET_EXCEEDED') when the call might take the run past its budget.
   */
  reserve(purpose: string, upToUsd: number): () => void;
  record(reply: Pick<LlmReply, 'usage' | 'costUsd'>): void;
  summary(): CostSummary;
  readonly exhausted: boolean;
  /**
   * The model the run pays for (its settings), when the ledger belongs to a run: every call
   * charged to the ledger asks that model and is priced at its rates.
   */
  readonly model?: string;
}

export const LLM_CLIENT = Symbol('LLM_CLIENT');
