export * from './job-board-server';
export * from './board-payloads';
