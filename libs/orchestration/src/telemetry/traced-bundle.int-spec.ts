import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DefaultLogger, Worker } from '@temporalio/worker';
import { historyFromJson, quietTemporalLogs } from '@job-hunter/testing';
import { loadWorkflowBundle, writeWorkflowBundle } from '../temporal/worker/workflow-bundle';

quietTemporalLogs();

/** The build's second workflow bundle, for workers with tracing on. */
describe('the traced prebuilt workflow bundle', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-traced-bundle-'));

  beforeAll(async () => {
    await writeWorkflowBundle(dir, new DefaultLogger('WARN'), 'plain');
    await writeWorkflowBundle(dir, new DefaultLogger('WARN'), 'traced');
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds the OpenTelemetry workflow interceptors, which the plain one leaves out', () => {
    const traced = loadWorkflowBundle(dir, 'traced');
    const plain = loadWorkflowBundle(dir, 'plain');
    expect(traced).toEqual({ codePath: path.join(dir, 'workflow-bundle.traced.js') });
    const code = (option: typeof traced): string => fs.readFileSync((option as { codePath: string }).codePath, 'utf8');
    expect(code(traced)).toContain('OpenTelemetryInboundInterceptor');
    expect(code(plain)).not.toContain('OpenTelemetryInboundInterceptor');
  });

  it('replays a recorded run: the interceptors add no commands to the history', async () => {
    const history = historyFromJson(
      JSON.parse(
        fs.readFileSync(path.join(__dirname, '../temporal/workflows/histories/job-hunt-success.json'), 'utf8'),
      ),
    );
    await expect(
      Worker.runReplayHistory({ workflowBundle: loadWorkflowBundle(dir, 'traced') }, history),
    ).resolves.toBeUndefined();
  }, 60_000);

  it('is refused when missing, like the plain one', () => {
    fs.rmSync(path.join(dir, 'workflow-bundle.traced.json'));
    expect(() => loadWorkflowBundle(dir, 'traced')).toThrow(/workflow-bundle\.traced\.js is missing/);
  });
});
