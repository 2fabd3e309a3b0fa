// Sandbox-safe: no imports.

/**
 * The run id of a run a saved search's schedule started, from the workflow's own id: the schedule's
 * workflow id (the search id) plus the scheduled time Temporal appends (`…-2026-12-06T07:00:00Z`),
 * without the characters a run id may not hold (RUN_ID_PATTERN: `:`). The same on every replay and
 * every worker, and one per scheduled time, so a retried start never records a second run.
 */
export function scheduledRunId(workflowId: string): string {
  return workflowId.replace(/[^A-Za-z0-9_.-]/g, '');
}
