import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { RunResult } from '@job-hunter/domain';
import {
  demoRunConfig,
  sqliteTarget,
  startDevServer,
  testConfig,
  type DevServer,
  type Target,
} from '@job-hunter/testing';
import { CheckpointOrchestrator } from '../../checkpoint/checkpoint.orchestrator';
import { activityServicesOf } from '../activities/activity-services';
import { TemporalOrchestrator } from '../client/temporal.orchestrator';
import { WorkerContextModule } from './worker-context.module';
import { WorkerHost } from './worker-host';

/** What must not differ between the two orchestrators for the same inputs. */
function comparable(r: RunResult): Pick<RunResult, 'status' | 'stats' | 'jobs' | 'errors' | 'engine'> {
  return { status: r.status, stats: r.stats, jobs: r.jobs, errors: r.errors, engine: r.engine };
}

const stagesOf = (app: INestApplicationContext) => activityServicesOf(app);

describe('WorkerHost on a Temporal dev server, real activities on the demo market', () => {
  let server: DevServer;
  let db: Target;
  let app: INestApplicationContext;
  let host: WorkerHost;
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jh-worker-int-'));

  beforeAll(async () => {
    [server, db] = await Promise.all([startDevServer(), sqliteTarget()]);
    const config = testConfig(db.db, { JH_TEMPORAL_ADDRESS: server.address, JH_OUTPUT_DIR: outputDir });
    app = await NestFactory.createApplicationContext(WorkerContextModule.forRoot(config), { logger: ['error'] });
    host = await WorkerHost.start({ config, ...stagesOf(app), queue: 'all' });
  }, 120_000);

  afterAll(async () => {
    await host?.shutdown();
    await app?.close();
    await server?.stop();
    await db?.cleanup();
    fs.rmSync(outputDir, { recursive: true, force: true });
  });

  it('produces the same shortlist, scores and stats as the checkpoint pipeline', async () => {
    const checkpoint = await app.get(CheckpointOrchestrator).start(demoRunConfig('cp-demo', outputDir));
    const temporal = await app
      .get(TemporalOrchestrator)
      .start(demoRunConfig('tp-demo', outputDir, { orchestrator: 'temporal' }));

    expect(temporal.orchestrator).toBe('temporal');
    expect(checkpoint.jobs.length).toBeGreaterThanOrEqual(10);
    expect(comparable(temporal)).toEqual(comparable(checkpoint));
    expect(fs.existsSync(path.join(outputDir, 'tp-demo', 'results.json'))).toBe(true);
  }, 60_000);

  it('names the address when Temporal is unreachable', async () => {
    const config = testConfig(db.db, { JH_TEMPORAL_ADDRESS: '127.0.0.1:1' });
    await expect(WorkerHost.start({ config, ...stagesOf(app) })).rejects.toMatchObject({
      code: 'TEMPORAL_UNAVAILABLE',
      message: expect.stringContaining('127.0.0.1:1'),
    });
  }, 30_000);

  it('shuts down on request and settles done()', async () => {
    const config = testConfig(db.db, {
      JH_TEMPORAL_ADDRESS: server.address,
      JH_TEMPORAL_TASK_QUEUE: 'jh-other-default',
      JH_TEMPORAL_LLM_TASK_QUEUE: 'jh-other-llm',
    });
    const second = await WorkerHost.start({ config, ...stagesOf(app), queue: 'llm' });
    expect(second.taskQueues).toEqual(['jh-other-llm']);
    await second.shutdown();
    await expect(second.done()).resolves.toBeUndefined();
  }, 30_000);
});
