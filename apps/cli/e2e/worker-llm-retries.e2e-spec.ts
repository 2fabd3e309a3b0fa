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

  /** Runs the demo on Temporal with the Anthropic engine; `separate` serves it with a `job-hunter worker` process. */
  async function demoOnTemporal(dir: string, separate: boolean): Promise<RunResult> {
    const { env: base } = scratch(dir);
    const env = {
      ...base,
      JH_TEMPORAL_ADDRESS: server.address,
      JH_ANTHROPIC_API_KEY: 'sk-test-worker-retries',
      JH_ANTHROPIC_BASE_URL: claude.url,
    };
    const worker = separate ? startCli(['worker'], env) : undefined;
    const workerExit = worker ? exitOf(worker) : undefined;
    try {
      const args = ['demo', '--temporal', '--engine', 'anthropic', '--json', ...(separate ? [] : ['--with-worker'])];
      // Not runCli: a synchronous child would block this process, where the fake Claude answers.
      const run = await exitOf(startCli(args, env));
      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      return JSON.parse(run.stdout) as RunResult;
    } finally {
      worker?.kill('SIGTERM');
      if (workerExit) expect((await workerExit).code).toBe(0);
    }
  }

  it.each([
    ['a job-hunter worker process', true],
    ['the embedded worker (--with-worker)', false],
  ])(
    'sends each failed scoring batch to Claude once under %s: no SDK retries',
    async (_name, separate) => {
      claude.requests.length = 0;
      const result = await demoOnTemporal(separate ? 'tp-llm-worker' : 'tp-llm-embedded', separate);
      const scoringCalls = claude.messageRequests.filter((r) =>
        JSON.stringify(r.json?.tool_choice ?? '').includes(SCORE_TOOL.name),
      );
      const failedBatches = result.errors.filter(
        (e) => e.stage === 'scoreJobs' && /could not score a batch/.test(e.message),
      );
      expect(failedBatches.length).toBeGreaterThan(0);
      // One request per failed batch; the SDK's defaults would make three (and say "after 3 attempts").
      expect(scoringCalls).toHaveLength(failedBatches.length);
      expect(failedBatches.map((e) => e.message).join('\n')).not.toMatch(/attempts/);
      expect(scoringCalls.every((r) => r.status === 529)).toBe(true);
    },
    180_000,
  );
});
