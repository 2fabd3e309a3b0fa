export * from './temporal-binaries';
export * from './dev-server';
export * from './test-env';
export * from './history-json';
