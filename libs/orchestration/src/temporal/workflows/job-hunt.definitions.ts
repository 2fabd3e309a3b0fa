// Query and signal definitions: plain values from @temporalio/workflow, so the client may
// import them at runtime from the workflows module.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { JobHuntProgress } from '../activities/activity-contract';

export { JOB_HUNT_WORKFLOW_TYPE } from './workflow-type';

/** Live progress of a run: stage, finished stages, company counts, spend, stop flags. */
export const progressQuery = defineQuery<JobHuntProgress>('progress');

/** Graceful stop: in-flight scrapes are cancelled, scoring is skipped, partial results are kept. */
export const cancelSignal = defineSignal<[reason?: string]>('cancel');
