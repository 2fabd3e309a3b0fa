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

const SCHEDULED_RUN_ID = /^(.+-\d{4}-\d{2}-\d{2}T)(\d{2})(\d{2})(\d{2})Z$/;

/**
 * The workflow id of a run: a run a schedule started (it belongs to a search, and its id ends in a
 * scheduled time) gets the time's colons back; any other run's workflow id is its run id.
 */
export function workflowIdOf(runId: string, searchId?: string): string {
  const scheduled = searchId !== undefined && runId.startsWith(`${searchId}-`) ? SCHEDULED_RUN_ID.exec(runId) : null;
  return scheduled ? `${scheduled[1]}${scheduled[2]}:${scheduled[3]}:${scheduled[4]}Z` : runId;
}
