import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { metricsRegistry, startTracing, stopTracing } from '@job-hunter/telemetry';
import {
  FakeAnthropicServer,
  FakeOtlpCollector,
  demoRunConfig,
  parsePrometheusText,
  sampleSum,
  sqliteTarget,
  type ReceivedSpan,
  type Target,
} from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../checkpoint/checkpoint.orchestrator';
import { startPipelineApp } from '../test-support/pipeline-app';
import { TracedOrchestrator } from './traced-orchestrator';

const API_KEY = 'sk-ant-test-run-traces-secret';

/**
 * A real checkpoint run (demo snapshot boards, Claude faked on loopback) with
 * OTEL_EXPORTER_OTLP_ENDPOINT pointed at a loopback collector: the spans arrive over OTLP/HTTP
 * as one trace, and the process's metrics count the run, its stages and its paid calls.
 */
describe('a checkpoint run exported to an OTLP collector', () => {
  let target: Target;
  let claude: FakeAnthropicServer;
  let collector: FakeOtlpCollector;
  let app: INestApplicationContext | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-run-traces-'));

  beforeAll(async () => {
    [target, claude, collector] = await Promise.all([
      sqliteTarget(),
      new FakeAnthropicServer({ apiKey: API_KEY }).start(),
      new FakeOtlpCollector().start(),
    ]);
    claude.respondWith(() => ({ toolInput: {} }));
  });

  afterAll(async () => {
    await stopTracing();
    await app?.close();
    await Promise.all([claude?.close(), collector?.close()]);
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('sends the run, its stages, board requests and Claude calls as one trace, without secrets', async () => {
    expect(await startTracing({ endpoint: collector.url, serviceName: 'job-hunter-test' })).toBe(true);
    app = await startPipelineApp(target.db, {
      JH_ANTHROPIC_API_KEY: API_KEY,
      JH_ANTHROPIC_BASE_URL: claude.url,
      JH_MAX_COST_PER_RUN_USD: '5',
    });
    const before = parsePrometheusText(await metricsRegistry.metrics());
    const orchestrator = new TracedOrchestrator(app.get(CheckpointOrchestrator));
    const config = demoRunConfig('run-traces', out, { engine: 'anthropic', dryRun: false });
    const result = await orchestrator.start(config);
    await stopTracing(); // flushes the batch to the collector

    const spans = collector.spans;
    const [run, ...others] = spans.filter((s) => s.name === 'job-hunter.run');
    expect(others).toEqual([]);
    expect(run).toMatchObject({
      service: 'job-hunter-test',
      attributes: { 'job_hunter.run_id': 'run-traces', 'job_hunter.run_status': result.status },
    });
    expect(run?.parentSpanId).toBeUndefined();
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([run?.traceId]));

    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const stageOf = (span: ReceivedSpan): string | undefined => {
      for (let p = byId.get(span.parentSpanId ?? ''); p; p = byId.get(p.parentSpanId ?? '')) {
        if (p.name.startsWith('stage ')) return p.name;
      }
      return undefined;
    };
    const stages = spans.filter((s) => s.name.startsWith('stage ')).map((s) => s.name);
    expect(stages).toEqual(expect.arrayContaining(['stage parseResume', 'stage scrapeJobs', 'stage aggregate']));
    const boards = spans.filter((s) => s.name === 'board.request');
    expect(boards.length).toBeGreaterThan(0);
    expect(new Set(boards.map(stageOf))).toEqual(new Set(['stage scrapeJobs']));
    const calls = spans.filter((s) => s.name === 'claude.call');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBe(claude.messageRequests.length);
    expect(calls.every((c) => Number(c.attributes['gen_ai.usage.input_tokens']) > 0)).toBe(true);
    expect(calls.every((c) => stageOf(c)?.startsWith('stage '))).toBe(true);

    // No secret, and no prompt text (the demo resume's name) even in the Anthropic SDK's own spans.
    const sent = collector.bodies.join('\n');
    expect(sent).not.toContain(API_KEY);
    expect(spans.some((s) => s.name === 'anthropic.messages.create')).toBe(true);
    expect(sent).not.toMatch(
      /gen_ai\.(input|output)\.messages|gen_ai\.system_instructions|gen_ai\.tool\.call\.arguments/,
    );

    const after = parsePrometheusText(await metricsRegistry.metrics());
    const delta = (name: string, labels: Record<string, string> = {}): number =>
      sampleSum(after, name, labels) - sampleSum(before, name, labels);
    expect(delta('job_hunter_runs_total', { orchestrator: 'checkpoint', status: result.status })).toBe(1);
    expect(delta('job_hunter_stage_duration_seconds_count', { stage: 'scrapeJobs', outcome: 'ok' })).toBe(1);
    expect(delta('job_hunter_llm_tokens_total', { kind: 'input' })).toBeGreaterThan(0);
    expect(delta('job_hunter_llm_cost_usd_total')).toBeCloseTo(result.cost.estimatedCostUsd, 6);
    const boardErrors = result.errors.filter((e) => e.stage === 'scrapeJobs').length;
    expect(delta('job_hunter_board_errors_total')).toBe(boardErrors);
  }, 120_000);
});
