import type { Logger } from '@temporalio/common';

/**
 * Installs the Temporal Runtime once per process: SDK and Core logs at warn level on stderr
 * (stdout is data), passed through `redact`; no signal handlers of its own, since the worker
 * host shuts down in order (workers, connection, Nest context). Returns the Runtime's logger.
 */
/** Warnings that describe this design, not a problem: only the default queue hosts the workflow. */
const EXPECTED = [/^No workflows registered, not polling for workflow tasks/];

export async function installWorkerRuntime(redact: (text: string) => string = (t) => t): Promise<Logger> {
  const { DefaultLogger, Runtime } = await import('@temporalio/worker');
  const logger = new DefaultLogger('WARN', ({ level, message, meta }) => {
    if (EXPECTED.some((pattern) => pattern.test(message))) return;
    const extra = meta === undefined ? '' : ` ${safeJson(meta)}`;
    process.stderr.write(redact(`[temporal ${level}] ${message}${extra}`) + '\n');
  });
  try {
    Runtime.install({
      logger,
      shutdownSignals: [],
      telemetryOptions: { logging: { filter: { core: 'WARN', other: 'WARN' }, forward: {} } },
    });
  } catch {
    // Already installed (a second host in this process, or a test harness): keep that one.
    return Runtime.instance().logger;
  }
  return logger;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message } : v));
  } catch {
    return String(value);
  }
}
