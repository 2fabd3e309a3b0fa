import type { TemporalConfig } from '@job-hunter/config';
import { openConnection, type ClosableConnection, type ConnectionMaker } from './temporal-connection.factory';
import { TemporalConnectionError } from './temporal-connection.error';

/** Deadline for readiness probes and the orchestrator choice: a down server must not stall either. */
export const AVAILABILITY_DEADLINE_MS = 2000;

/**
 * True when a Temporal frontend answers at the configured address within the deadline.
 * The probe connection is always closed. Unreadable TLS files are a configuration error
 * and still throw: falling back would hide them.
 */
export async function isTemporalAvailable(
  cfg: TemporalConfig,
  deadlineMs: number = AVAILABILITY_DEADLINE_MS,
  make?: ConnectionMaker<ClosableConnection>,
): Promise<boolean> {
  try {
    const connection = make ? await openConnection(cfg, deadlineMs, make) : await openConnection(cfg, deadlineMs);
    await connection.close().catch(() => undefined);
    return true;
  } catch (e) {
    if (e instanceof TemporalConnectionError) return false;
    throw e;
  }
}
