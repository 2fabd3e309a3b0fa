import type { TemporalConfig } from '@job-hunter/config';
import { SCRAPE_CONCURRENCY } from '../../stages/scrape-stage';
import type { JobHuntInput } from '../activities/activity-contract';

/**
 * How many company scrapes the workflow keeps scheduled at once. The scraping workers' slots
 * (SCRAPE_CONCURRENCY each) decide how many run; scheduling more than that keeps a task waiting
 * in the queue, so a freed slot starts the next company at once instead of after a workflow-task
 * round trip (100 companies: 1.33x -> 1.25x the checkpoint pipeline's time in bench:orchestrators),
 * and a second scraping worker has work to take.
 */
export const SCRAPE_WINDOW = SCRAPE_CONCURRENCY * 4;

/** The task queues of every workflow this process starts (JH_TEMPORAL_*TASK_QUEUE). */
export function workflowQueues(temporal: TemporalConfig): JobHuntInput['queues'] {
  return { default: temporal.taskQueue, llm: temporal.llmTaskQueue, scraping: temporal.scrapingTaskQueue };
}
