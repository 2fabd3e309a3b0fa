// The workflowsPath of every worker: workflow functions plus their query and signal definitions.
export { JobHuntWorkflow } from './job-hunt.workflow';
export { JOB_HUNT_WORKFLOW_TYPE, cancelSignal, progressQuery } from './job-hunt.definitions';
