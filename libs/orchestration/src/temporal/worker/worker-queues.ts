import type { TemporalConfig } from '@job-hunter/config';
import { JobHunterError } from '@job-hunter/domain';
import type { QueueKind } from '../../stages/stage-names';
import { SCRAPE_CONCURRENCY } from '../../stages/scrape-stage';

/** What `job-hunter worker --queue` accepts: one queue kind, or all three in one process. */
export const WORKER_QUEUES = ['default', 'llm', 'scraping', 'all'] as const;
export type WorkerQueue = (typeof WORKER_QUEUES)[number];

export function parseWorkerQueue(value: string | undefined): WorkerQueue {
  const queue = value ?? 'all';
  if ((WORKER_QUEUES as readonly string[]).includes(queue)) return queue as WorkerQueue;
  throw new JobHunterError('INVALID_INPUT', `--queue must be one of ${WORKER_QUEUES.join(', ')}; got "${queue}".`);
}

export function queueKinds(queue: WorkerQueue): QueueKind[] {
  return queue === 'all' ? ['default', 'llm', 'scraping'] : [queue];
}

/** How one worker of a queue kind polls: its Temporal task queue and its own limits. */
export interface QueueSpec {
  kind: QueueKind;
  taskQueue: string;
  /** Only the default queue hosts the workflow itself. */
  hostsWorkflow: boolean;
  maxConcurrentActivityTaskExecutions: number;
  /** Across every worker of the queue (server-side), so adding workers cannot multiply the rate. */
  maxTaskQueueActivitiesPerSecond?: number;
}

/**
 * LLM activities are capped for the whole queue (provider limits are per account, not per
 * worker), loosely: one activity makes many Claude calls, which the LLM client paces and retries
 * on 429 itself, so the cap only stops a fleet of workers from starting many paid steps at once.
 * At 2 per second it also held every run's few llm-queue steps (findCompanies, discovery,
 * scoring) back by about half a second (bench:orchestrators at 10 companies: Temporal +0.9 s
 * over the checkpoint pipeline, +0.1 s at 10 per second). Scraping gets the embedded pipeline's
 * concurrency (per-host caps still apply in the HTTP layer), plus SCRAPE_TASKS_HELD; the
 * default queue's stages are quick and light.
 */
export const LLM_ACTIVITIES_PER_SECOND = 10;
export const LLM_CONCURRENCY = 4;
export const DEFAULT_CONCURRENCY = 10;
/**
 * scrapeCompany tasks a scraping worker holds beyond the SCRAPE_CONCURRENCY it runs (the
 * activities' ScrapeGate bounds the fetching). Held ready, the next company starts the moment a
 * scrape ends, not after the worker has reported the finished one and polled the server for
 * another (25-45 ms per company on a loaded 2-core box, bench:orchestrators at 100 companies).
 */
export const SCRAPE_TASKS_HELD = 2;

export function queueSpecs(cfg: TemporalConfig, queue: WorkerQueue): QueueSpec[] {
  return queueKinds(queue).map((kind): QueueSpec => {
    switch (kind) {
      case 'default':
        return {
          kind,
          taskQueue: cfg.taskQueue,
          hostsWorkflow: true,
          maxConcurrentActivityTaskExecutions: DEFAULT_CONCURRENCY,
        };
      case 'llm':
        return {
          kind,
          taskQueue: cfg.llmTaskQueue,
          hostsWorkflow: false,
          maxConcurrentActivityTaskExecutions: LLM_CONCURRENCY,
          maxTaskQueueActivitiesPerSecond: LLM_ACTIVITIES_PER_SECOND,
        };
      case 'scraping':
        return {
          kind,
          taskQueue: cfg.scrapingTaskQueue,
          hostsWorkflow: false,
          maxConcurrentActivityTaskExecutions: SCRAPE_CONCURRENCY + SCRAPE_TASKS_HELD,
        };
    }
  });
}
