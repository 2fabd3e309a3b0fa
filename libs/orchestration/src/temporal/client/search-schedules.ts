// Types only from @temporalio/client: the client itself loads with the first connection.
import type { ScheduleOptions } from '@temporalio/client';
import type { TemporalConfig } from '@job-hunter/config';
import type { ScheduledSearchInput } from '../activities/activity-contract';
import { JOB_HUNT_WORKFLOW_TYPE } from '../workflows/workflow-type';
import { SCRAPE_WINDOW, workflowQueues } from './workflow-start';

/** What a saved search's schedule is made from (SavedSearch of @job-hunter/persistence fits it). */
export interface ScheduledSearch {
  /** The search's id: also the schedule's id and its runs' workflow id (plus the scheduled time). */
  id: string;
  schedule?: { everyMs: number } | { cron: string };
  paused?: boolean;
}

/** A schedule as Temporal keeps it, for `search show`. */
export interface SearchScheduleView {
  paused: boolean;
  note?: string;
  /** The next times it will start a run (ISO-8601). */
  nextRuns: string[];
  /** Runs it started, oldest first: the scheduled time and the workflow id. */
  recentRuns: Array<{ scheduledAt: string; workflowId: string }>;
  /** Starts skipped because the previous run was still going. */
  skippedOverlap: number;
}

/**
 * The Temporal side of saved searches: one schedule per search, which starts the ordinary
 * job-hunt workflow with the search's id (ScheduledSearchInput). What `search save|pause|resume|
 * delete|show` call when Temporal is configured; each call is one request.
 */
export interface SearchSchedules {
  /** Creates the search's schedule, or updates it to the search's spec and paused state. */
  save(search: ScheduledSearch): Promise<void>;
  pause(searchId: string, note?: string): Promise<void>;
  resume(searchId: string, note?: string): Promise<void>;
  /** Deletes the schedule (a run it started goes on); false when there was none. */
  delete(searchId: string): Promise<boolean>;
  /** Undefined when the search has no schedule on Temporal. */
  describe(searchId: string): Promise<SearchScheduleView | undefined>;
  close(): Promise<void>;
}

/** Missed starts (Temporal down) are made up within a day: a day-old daily search still runs once. */
export const SCHEDULE_CATCHUP_WINDOW = '1 day';

/**
 * The schedule of one search: its interval or cron expression (UTC); a start that comes while the
 * previous run is still going is skipped; starts missed while Temporal was down are taken within a
 * day; the action starts JobHuntWorkflow on the default queue with the search's id, and the
 * workflow records the run from the stored search.
 */
export function searchScheduleOptions(search: ScheduledSearch, temporal: TemporalConfig): ScheduleOptions {
  const { schedule } = search;
  if (!schedule) throw new Error(`Search ${search.id} has no schedule (--every or --cron).`);
  const input: ScheduledSearchInput = {
    searchId: search.id,
    scrapeConcurrency: SCRAPE_WINDOW,
    queues: workflowQueues(temporal),
  };
  return {
    scheduleId: search.id,
    spec: 'everyMs' in schedule ? { intervals: [{ every: schedule.everyMs }] } : { cronExpressions: [schedule.cron] },
    action: {
      type: 'startWorkflow',
      workflowType: JOB_HUNT_WORKFLOW_TYPE,
      workflowId: search.id,
      taskQueue: temporal.taskQueue,
      args: [input],
      workflowExecutionTimeout: temporal.workflowTimeoutSeconds * 1000,
    },
    policies: { overlap: 'SKIP', catchupWindow: SCHEDULE_CATCHUP_WINDOW },
    state: { paused: search.paused === true },
  };
}
