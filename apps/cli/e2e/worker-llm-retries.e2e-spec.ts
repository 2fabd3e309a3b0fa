import type { RunResult } from '@job-hunter/domain';
import { SCORE_TOOL } from '@job-hunter/llm';
import { FakeAnthropicServer, startDevServer, type DevServer } from '@job-hunter/testing';
import { scratch, startCli } from './cli-harness';
import { exitOf } from './temporal-harness';

/**
 * The real `worker` command's Claude client must not retry by itself: Temporal's activity retry
 * policy owns retrying, and the SDK's default two retries would triple every call of every attempt.
 */
describe('job-hunter worker: one Claude call per attempt (built CLI, Temporal dev server, fake Anthropic)', () => {
  let server: DevServer;
  // Every scoring call is overloaded (529); other calls (reading the resume) get the fake's default answer.
  const claude = new FakeAnthropicServer({
    responder: (call) => (call.forcedTool === SCORE_TOOL.name ? { fault: { kind: 'overloaded' } } : { toolInput: {} }),
  });

  beforeAll(async () => {
    [server] = await Promise.all([startDevServer(), claude.start()]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([server?.stop(), claude.close()]);
  });

  it('sends each failed scoring batch to Claude once: no SDK retries under the worker', async () => {
    const { env: base } = scratch('tp-llm-retries');
    const env = {
      ...base,
      JH_TEMPORAL_ADDRESS: server.address,
      JH_ANTHROPIC_API_KEY: 'sk-test-worker-retries',
      JH_ANTHROPIC_BASE_URL: claude.url,
    };
    const worker = startCli(['worker'], env);
    const workerExit = exitOf(worker);
    let result: RunResult;
    try {
      // Not runCli: a synchronous child would block this process, where the fake Claude answers.
      const run = await exitOf(startCli(['demo', '--temporal', '--engine', 'anthropic', '--json'], env));
      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      result = JSON.parse(run.stdout) as RunResult;
    } finally {
      worker.kill('SIGTERM');
    }
    expect((await workerExit).code).toBe(0);

    const scoringCalls = claude.messageRequests.filter((r) =>
      JSON.stringify(r.json?.tool_choice ?? '').includes(SCORE_TOOL.name),
    );
    const failedBatches = result.errors.filter(
      (e) => e.stage === 'scoreJobs' && /could not score a batch/.test(e.message),
    );
    expect(failedBatches.length).toBeGreaterThan(0);
    // One request per failed batch; the SDK would have made three (and said "after 3 attempts").
    expect(scoringCalls).toHaveLength(failedBatches.length);
    expect(failedBatches.map((e) => e.message).join('\n')).not.toMatch(/attempts/);
    expect(scoringCalls.every((r) => r.status === 529)).toBe(true);
  }, 180_000);
});
