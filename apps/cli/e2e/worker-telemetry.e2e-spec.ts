import {
  FakeOtlpCollector,
  freePort,
  parsePrometheusText,
  sampleSum,
  startDevServer,
  type DevServer,
} from '@job-hunter/testing';
import { scratch, startCli } from './cli-harness';
import { exitOf } from './temporal-harness';

/**
 * The built CLI's `worker --health-port` with OTEL_EXPORTER_OTLP_ENDPOINT set: Kubernetes' probes
 * and Prometheus' scrape on the worker's own port, and one trace from the `demo --temporal`
 * client process through the worker process to a loopback collector.
 */
describe('job-hunter worker: health port, /metrics and traces (built CLI, Temporal dev server)', () => {
  let server: DevServer;
  let collector: FakeOtlpCollector;

  beforeAll(async () => {
    [server, collector] = await Promise.all([startDevServer(), new FakeOtlpCollector().start()]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([server?.stop(), collector?.close()]);
  });

  it('is live, then ready, serves metrics of the run it worked on, and exports spans joined to the client', async () => {
    const { env: base } = scratch('tp-worker-telemetry');
    const env = { ...base, JH_TEMPORAL_ADDRESS: server.address, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url };
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const worker = startCli(['worker', '--health-port', String(port)], env);
    const workerExit = exitOf(worker);
    const status = (path: string): Promise<number> =>
      fetch(`${url}${path}`).then(
        (r) => r.status,
        () => 0,
      );
    try {
      // Live as soon as the port opens; ready once the workers poll and Temporal and the database answer.
      const deadline = Date.now() + 90_000;
      while ((await status('/health/ready')) !== 200) {
        if (Date.now() > deadline) throw new Error('the worker never became ready');
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(await status('/health/live')).toBe(200);

      const run = await exitOf(startCli(['demo', '--temporal', '--json'], env));
      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });

      const metrics = parsePrometheusText(await (await fetch(`${url}/metrics`)).text());
      expect(sampleSum(metrics, 'job_hunter_stage_duration_seconds_count', { stage: 'scrapeCompany' })).toBeGreaterThan(
        0,
      );
      expect(sampleSum(metrics, 'job_hunter_stage_duration_seconds_count', { stage: 'aggregate', outcome: 'ok' })).toBe(
        1,
      );
    } finally {
      worker.kill('SIGTERM');
    }
    expect((await workerExit).code).toBe(0);

    // Both processes flushed on exit: the client's run span and the worker's activity spans share a trace.
    const run = collector.spans.find((s) => s.name === 'job-hunter.run');
    expect(run?.service).toBe('job-hunter-cli');
    const trace = collector.spans.filter((s) => s.traceId === run?.traceId);
    const services = new Set(trace.map((s) => s.service));
    expect(services).toEqual(new Set(['job-hunter-cli', 'job-hunter-worker']));
    const names = new Set(trace.filter((s) => s.service === 'job-hunter-worker').map((s) => s.name));
    for (const name of [
      'RunWorkflow:JobHuntWorkflow',
      'RunActivity:scrapeCompany',
      'stage scrapeCompany',
      'board.request',
    ]) {
      expect(names).toContain(name);
    }
  }, 240_000);
});
