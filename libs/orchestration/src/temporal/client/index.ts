export * from './temporal-connection.error';
export * from './temporal-connection.factory';
export * from './temporal-availability';
export * from './job-hunt-workflows.client';
export * from './temporal-client.factory';
export * from './temporal.orchestrator';
