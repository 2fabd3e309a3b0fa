export * from './temporal-connection.error';
export * from './temporal-connection.factory';
export * from './temporal-availability';
// Types only: the client itself loads with the first connection (TemporalClientFactory.open).
export type { JobHuntHandle, JobHuntWorkflows, StartJobHunt, WorkflowState } from './job-hunt-workflows.client';
export * from './temporal-client.factory';
export * from './search-schedules';
export * from './temporal.orchestrator';
