import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, on a registry of its own (not prom-client's global one, so a
 * library that registers there cannot collide with these names). Recording is always on: a counter
 * increment costs nanoseconds, and /metrics is served only where a port is opened (the API, or a
 * worker started with --health-port).
 */
export const metricsRegistry = new Registry();

const runs = new Counter({
  name: 'job_hunter_runs_total',
  help: 'Runs that ended in this process (the one that owns the run: CLI or API), by orchestrator and status.',
  labelNames: ['orchestrator', 'status'] as const,
  registers: [metricsRegistry],
});

const stageSeconds = new Histogram({
  name: 'job_hunter_stage_duration_seconds',
  help: 'Wall time of one stage where it ran (under Temporal, each company scrape is stage="scrapeCompany").',
  labelNames: ['stage', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800],
  registers: [metricsRegistry],
});

const boardErrors = new Counter({
  name: 'job_hunter_board_errors_total',
  help: "Companies whose job board failed, by the error's code (e.g. BOARD_NOT_FOUND, BOARD_TIMEOUT).",
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

const llmTokens = new Counter({
  name: 'job_hunter_llm_tokens_total',
  help: 'Tokens of paid Claude calls, by model and kind (input, output, cache_read, cache_write).',
  labelNames: ['model', 'kind'] as const,
  registers: [metricsRegistry],
});

const llmDollars = new Counter({
  name: 'job_hunter_llm_cost_usd_total',
  help: "Dollars of paid Claude calls at the model's price, by model.",
  labelNames: ['model'] as const,
  registers: [metricsRegistry],
});

export function countRun(orchestrator: string, status: string): void {
  runs.inc({ orchestrator, status });
}

export function observeStage(stage: string, outcome: 'ok' | 'error', seconds: number): void {
  stageSeconds.observe({ stage, outcome }, seconds);
}

export function countBoardError(code: string): void {
  boardErrors.inc({ code });
}

export interface PaidCall {
  model: string;
  usage: { inputTokens: number; outputTokens: number; cacheReadTokens: number; cacheWriteTokens: number };
  costUsd: number;
}

export function countPaidCall({ model, usage, costUsd }: PaidCall): void {
  llmTokens.inc({ model, kind: 'input' }, usage.inputTokens);
  llmTokens.inc({ model, kind: 'output' }, usage.outputTokens);
  llmTokens.inc({ model, kind: 'cache_read' }, usage.cacheReadTokens);
  llmTokens.inc({ model, kind: 'cache_write' }, usage.cacheWriteTokens);
  llmDollars.inc({ model }, costUsd);
}

let processMetrics = false;

/**
 * Adds Node's process metrics (CPU, memory, event-loop lag, prefixed job_hunter_) once a process
 * serves /metrics: their event-loop monitor is not worth running where nobody scrapes.
 */
export function enableProcessMetrics(): void {
  if (processMetrics) return;
  processMetrics = true;
  collectDefaultMetrics({ register: metricsRegistry, prefix: 'job_hunter_' });
}

/** The exposition text and its content type, for an HTTP handler. */
export async function scrapeMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
