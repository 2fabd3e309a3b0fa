import { traceStage } from '@job-hunter/telemetry';
import type { JobHuntActivities } from '../temporal/activities/activity-contract';

type Activity = (input: { runId: string }) => Promise<unknown>;

/**
 * Each activity inside a `stage <activity>` span (the child of Temporal's RunActivity span, and
 * the parent of the board and Claude spans of its work) and timed in
 * job_hunter_stage_duration_seconds under its own name: under Temporal a stage is an activity,
 * and scraping is one `scrapeCompany` per company plus `finishScrape`.
 */
export function tracedActivities(activities: JobHuntActivities): JobHuntActivities {
  const wrap =
    (name: string, activity: Activity): Activity =>
    (input) =>
      traceStage(name, input.runId, () => activity(input));
  return Object.fromEntries(
    Object.entries(activities).map(([name, activity]) => [name, wrap(name, activity as Activity)]),
  ) as unknown as JobHuntActivities;
}
