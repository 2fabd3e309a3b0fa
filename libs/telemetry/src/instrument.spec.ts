import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { metricsRegistry } from './metrics';
import { recordPaidCall, traceBoardRequest, traceClaudeCall, traceRun, traceStage } from './instrument';
import { startTracing, stopTracing, tracesUrl, tracingSdk } from './tracing';

async function counterValue(name: string, labels: Record<string, string>): Promise<number> {
  const metric = await metricsRegistry.getSingleMetric(name)?.get();
  const match = metric?.values.find((v) => Object.entries(labels).every(([k, want]) => v.labels[k] === want));
  return match?.value ?? 0;
}

describe('telemetry off', () => {
  it('starts nothing without an endpoint, runs the work and still counts metrics', async () => {
    expect(await startTracing({ serviceName: 'test' })).toBe(false);
    expect(tracingSdk()).toBeUndefined();
    const before = await counterValue('job_hunter_runs_total', { orchestrator: 'checkpoint', status: 'success' });
    const out = await traceRun('run-off', 'checkpoint', () => Promise.resolve({ status: 'success' }));
    expect(out).toEqual({ status: 'success' });
    expect(await counterValue('job_hunter_runs_total', { orchestrator: 'checkpoint', status: 'success' })).toBe(
      before + 1,
    );
  });
});

describe('telemetry on, read with an in-memory exporter', () => {
  const exporter = new InMemorySpanExporter();

  beforeAll(async () => {
    expect(await startTracing({ serviceName: 'job-hunter-test', processor: new SimpleSpanProcessor(exporter) })).toBe(
      true,
    );
  });
  afterAll(() => stopTracing());
  beforeEach(() => exporter.reset());

  it('nests board and Claude spans under their stage under the run', async () => {
    await traceRun('run-1', 'checkpoint', () =>
      traceStage('scoreJobs', 'run-1', async () => {
        await traceBoardRequest('GET', new URL('https://user:pw@boards.example.com/v1/jobs?key=s3cret'), () =>
          Promise.resolve({ status: 200 }),
        );
        await traceClaudeCall('claude-x', 'score-jobs', async () =>
          recordPaidCall({
            model: 'claude-x',
            usage: { inputTokens: 10, outputTokens: 5, cacheReadTokens: 0, cacheWriteTokens: 2 },
            costUsd: 0.25,
          }),
        );
        return { status: 'success' };
      }),
    );
    const spans = exporter.getFinishedSpans();
    const byName = new Map(spans.map((s) => [s.name, s]));
    const run = byName.get('job-hunter.run');
    const stage = byName.get('stage scoreJobs');
    const board = byName.get('board.request');
    const claude = byName.get('claude.call');
    expect(run?.parentSpanId).toBeUndefined();
    expect(stage?.parentSpanId).toBe(run?.spanContext().spanId);
    expect(board?.parentSpanId).toBe(stage?.spanContext().spanId);
    expect(claude?.parentSpanId).toBe(stage?.spanContext().spanId);
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);
    expect(run?.attributes).toMatchObject({ 'job_hunter.run_id': 'run-1', 'job_hunter.run_status': 'success' });
    expect(board?.attributes).toEqual({
      'http.request.method': 'GET',
      'server.address': 'boards.example.com',
      'url.path': '/v1/jobs',
      'http.response.status_code': 200,
    });
    expect(claude?.attributes).toMatchObject({ 'gen_ai.usage.input_tokens': 10, 'job_hunter.cost_usd': 0.25 });
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toMatch(/s3cret|pw@/);
    expect(run?.resource.attributes['service.name']).toBe('job-hunter-test');
  });

  it("marks a failed span with the error's code, never its message", async () => {
    const failure = Object.assign(new Error('https://user:hunter2@x.example/ failed'), { code: 'BOARD_TIMEOUT' });
    await expect(traceStage('scrapeJobs', 'run-2', () => Promise.reject(failure))).rejects.toBe(failure);
    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: 2, message: 'BOARD_TIMEOUT' });
    expect(span?.attributes['error.type']).toBe('BOARD_TIMEOUT');
    expect(JSON.stringify(span?.events)).not.toContain('hunter2');
  });

  it('counts tokens, dollars and stage durations', async () => {
    const tokens = await counterValue('job_hunter_llm_tokens_total', { model: 'claude-x', kind: 'input' });
    expect(tokens).toBeGreaterThanOrEqual(10);
    expect(await counterValue('job_hunter_llm_cost_usd_total', { model: 'claude-x' })).toBeGreaterThanOrEqual(0.25);
    const text = await metricsRegistry.metrics();
    expect(text).toMatch(/job_hunter_stage_duration_seconds_count\{stage="scrapeJobs",outcome="error"\} 1/);
  });
});

it('appends /v1/traces to the endpoint as the OTel spec says', () => {
  expect(tracesUrl('http://collector:4318/')).toBe('http://collector:4318/v1/traces');
});
