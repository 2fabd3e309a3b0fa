export { WorkerHost, shutdownOnSignals, type WorkerHostOptions } from './worker-host';
export { WORKER_QUEUES, parseWorkerQueue, queueSpecs, type QueueSpec, type WorkerQueue } from './worker-queues';
export { workflowsPath } from './workflow-bundle';
export { WorkerContextModule } from './worker-context.module';
