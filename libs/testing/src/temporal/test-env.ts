import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { temporalBinaries } from './temporal-binaries';

export interface TestEnvOptions {
  /** The Java time-skipping test server instead of the dev server (real time). */
  timeSkipping?: boolean;
}

let runtimeInstalled = false;

/** Worker and bundler logs drown test output: keep errors only. Call before any worker is made (the runtime is per process). */
export function quietTemporalLogs(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  } catch {
    // Already created by an earlier caller in this process: keep its logger.
  }
}

/**
 * A TestWorkflowEnvironment on the locally installed binaries (never a download): the dev
 * server by default, as its timing is real and its behaviour is the production server's.
 */
export async function createTestEnv(options: TestEnvOptions = {}): Promise<TestWorkflowEnvironment> {
  quietTemporalLogs();
  const bins = temporalBinaries();
  if (options.timeSkipping) {
    return TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: bins.testServer } },
    });
  }
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: bins.cli },
      ip: '127.0.0.1',
      log: { format: 'pretty', level: 'error' },
    },
  });
}
