export * from './rank-shortlist';
export * from './salary-label';
export * from './result-job.mapper';
export * from './report-text';
export * from './reading-text';
export * from './select-shortlist';
export * from './job-decisions';
export * from './run-status';
