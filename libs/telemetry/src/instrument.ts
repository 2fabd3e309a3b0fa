import { countPaidCall, countRun, observeStage, type PaidCall } from './metrics';
import { annotateSpan, inSpan } from './tracing';

/**
 * The calls the rest of the code makes: each is one span and, where it has one, one metric, so a
 * call site stays a one-line wrap. Attributes carry names, ids, counts and codes only (never
 * URLs with credentials, keys or input text).
 */

/** A whole run, where it is owned (the orchestrator the CLI or API called): span and runs_total. */
export async function traceRun<R extends { status: string }>(
  runId: string,
  orchestrator: string,
  work: () => Promise<R>,
): Promise<R> {
  return inSpan(
    'job-hunter.run',
    { 'job_hunter.run_id': runId, 'job_hunter.orchestrator': orchestrator },
    async (span) => {
      try {
        const result = await work();
        span.setAttribute('job_hunter.run_status', result.status);
        countRun(orchestrator, result.status);
        return result;
      } catch (e) {
        countRun(orchestrator, 'failed');
        throw e;
      }
    },
  );
}

/** One stage where it runs: span (parent of its board requests and Claude calls) and its duration. */
export async function traceStage<T>(stage: string, runId: string, work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  return inSpan(`stage ${stage}`, { 'job_hunter.stage': stage, 'job_hunter.run_id': runId }, async () => {
    try {
      const out = await work();
      observeStage(stage, 'ok', seconds());
      return out;
    } catch (e) {
      observeStage(stage, 'error', seconds());
      throw e;
    }
  });
}

/** One board request attempt: host and path only, never the query or credentials; the answer's status. */
export function traceBoardRequest<R extends { status: number }>(
  method: string,
  url: URL,
  work: () => Promise<R>,
): Promise<R> {
  return inSpan(
    'board.request',
    { 'http.request.method': method, 'server.address': url.hostname, 'url.path': url.pathname },
    async (span) => {
      const response = await work();
      span.setAttribute('http.response.status_code', response.status);
      return response;
    },
  );
}

/** One Claude call: model and purpose; the usage is added by recordPaidCall once known. */
export function traceClaudeCall<T>(model: string, purpose: string, work: () => Promise<T>): Promise<T> {
  return inSpan(
    'claude.call',
    { 'gen_ai.system': 'anthropic', 'gen_ai.request.model': model, 'job_hunter.purpose': purpose },
    () => work(),
  );
}

/** A paid call's tokens and dollars: counted in the metrics and set on the Claude call's span. */
export function recordPaidCall(call: PaidCall): void {
  countPaidCall(call);
  annotateSpan({
    'gen_ai.response.model': call.model,
    'gen_ai.usage.input_tokens': call.usage.inputTokens,
    'gen_ai.usage.output_tokens': call.usage.outputTokens,
    'job_hunter.cache_read_tokens': call.usage.cacheReadTokens,
    'job_hunter.cache_write_tokens': call.usage.cacheWriteTokens,
    'job_hunter.cost_usd': call.costUsd,
  });
}
