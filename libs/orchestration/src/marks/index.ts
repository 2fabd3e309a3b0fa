export * from './job-mark-book';
