import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { RunConfig, RunResult } from '@job-hunter/domain';
import { metricsRegistry, startTracing, stopTracing } from '@job-hunter/telemetry';
import { parsePrometheusText, sampleSum } from '@job-hunter/testing';
import type { Orchestrator } from '../orchestrator';
import type { JobHuntActivities } from '../temporal/activities/activity-contract';
import { tracedActivities } from './traced-activities';
import { TracedOrchestrator } from './traced-orchestrator';

const runs = async (status: string): Promise<number> =>
  sampleSum(parsePrometheusText(await metricsRegistry.metrics()), 'job_hunter_runs_total', {
    orchestrator: 'temporal',
    status,
  });

describe('TracedOrchestrator and tracedActivities', () => {
  const exporter = new InMemorySpanExporter();
  beforeAll(() => startTracing({ serviceName: 'test', processor: new SimpleSpanProcessor(exporter) }));
  afterAll(() => stopTracing());
  beforeEach(() => exporter.reset());

  function orchestrator(outcome: () => Promise<RunResult>): Orchestrator {
    return {
      kind: 'temporal',
      start: outcome,
      launch: outcome,
      resume: outcome,
      status: () => Promise.reject(new Error('not used')),
      cancel: () => Promise.reject(new Error('not used')),
    };
  }

  it('counts a run that throws as failed, with its span marked by the error code', async () => {
    const before = await runs('failed');
    const failure = Object.assign(new Error('Temporal at x:7233 is down'), { code: 'TEMPORAL_UNAVAILABLE' });
    const traced = new TracedOrchestrator(orchestrator(() => Promise.reject(failure)));
    await expect(traced.resume('run-x')).rejects.toBe(failure);
    expect(await runs('failed')).toBe(before + 1);
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe('job-hunter.run');
    expect(span?.attributes).toMatchObject({ 'job_hunter.run_id': 'run-x', 'error.type': 'TEMPORAL_UNAVAILABLE' });
    expect(traced.kind).toBe('temporal');
  });

  it('counts a finished run by its status', async () => {
    const before = await runs('partial');
    const traced = new TracedOrchestrator(orchestrator(() => Promise.resolve({ status: 'partial' } as RunResult)));
    await traced.start({ runId: 'run-y' } as RunConfig);
    expect(await runs('partial')).toBe(before + 1);
  });

  it('wraps every activity in a span named after it, passing input and result through', async () => {
    const activities = tracedActivities({
      parseResume: (input: { runId: string }) => Promise.resolve({ stage: 'parseResume', summary: input.runId }),
    } as unknown as JobHuntActivities);
    await expect(activities.parseResume({ runId: 'run-z' })).resolves.toMatchObject({ summary: 'run-z' });
    expect(exporter.getFinishedSpans().map((s) => [s.name, s.attributes['job_hunter.run_id']])).toEqual([
      ['stage parseResume', 'run-z'],
    ]);
  });
});
