import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTracing, stopTracing } from '@job-hunter/telemetry';
import { demoRunConfig, sqliteTarget, type Target } from '@job-hunter/testing';
import { TemporalOrchestrator } from '../temporal/client/temporal.orchestrator';
import { startTemporalPipelineApp } from '../test-support/temporal-pipeline-app';
import { TracedOrchestrator } from './traced-orchestrator';

/**
 * A demo run under Temporal (dev server, workers in this process) with tracing on, read with an
 * in-memory exporter: the client's run span, the workflow's spans (exported through the worker's
 * sink) and each activity's spans form one trace, and each board request sits under its stage.
 */
describe('a Temporal run traced across client, workflow and activities', () => {
  const exporter = new InMemorySpanExporter();
  let target: Target;
  let app: INestApplicationContext;
  let close: (() => Promise<void>) | undefined;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-temporal-traces-'));

  beforeAll(async () => {
    // Before the workers start: they bundle the workflow interceptors only while tracing is on.
    await startTracing({ serviceName: 'job-hunter-test', processor: new SimpleSpanProcessor(exporter) });
    target = await sqliteTarget();
    ({ app, close } = await startTemporalPipelineApp(target.db));
  }, 180_000);

  afterAll(async () => {
    await close?.();
    await stopTracing();
    await target?.cleanup();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('has one trace from the run span down to the board requests', async () => {
    const orchestrator = new TracedOrchestrator(app.get(TemporalOrchestrator));
    const result = await orchestrator.start(demoRunConfig('tp-traces', out, { orchestrator: 'temporal' }));
    expect(['success', 'partial']).toContain(result.status);

    const spans = exporter.getFinishedSpans();
    const run = spans.find((s) => s.name === 'job-hunter.run');
    expect(run).toBeDefined();
    const traceOf = (s: ReadableSpan): string => s.spanContext().traceId;
    const inRun = spans.filter((s) => traceOf(s) === traceOf(run as ReadableSpan));
    const names = new Set(inRun.map((s) => s.name));
    for (const name of [
      'StartWorkflow:JobHuntWorkflow',
      'RunWorkflow:JobHuntWorkflow',
      'StartActivity:parseResume',
      'RunActivity:parseResume',
      'stage parseResume',
      'RunActivity:scrapeCompany',
      'stage scrapeCompany',
      'stage aggregate',
      'board.request',
    ]) {
      expect(names).toContain(name);
    }

    const byId = new Map(inRun.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan): ReadableSpan | undefined => byId.get(s.parentSpanId ?? '');
    for (const board of inRun.filter((s) => s.name === 'board.request')) {
      const stage = parentOf(board);
      expect(stage?.name).toBe('stage scrapeCompany');
      expect(stage && parentOf(stage)?.name).toBe('RunActivity:scrapeCompany');
    }
    expect(run?.attributes).toMatchObject({ 'job_hunter.orchestrator': 'temporal', 'job_hunter.run_id': 'tp-traces' });
  }, 120_000);
});
