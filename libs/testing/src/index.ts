export * from './job-board-server';
