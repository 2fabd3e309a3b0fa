export * from './job-board-server';
export * from './board-payloads';
export * from './paged-board-payloads';
