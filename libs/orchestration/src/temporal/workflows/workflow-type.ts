// The workflow's registered name, in a file of its own with no Temporal import, so code that only
// names the workflow (a schedule's action) does not load @temporalio/workflow when the CLI starts.
export const JOB_HUNT_WORKFLOW_TYPE = 'JobHuntWorkflow';
