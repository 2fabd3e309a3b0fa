export * from './job-board-server';
export * from './databases';
export * from './app-config/test-config';
export * from './demo/demo-inputs';
export * from './temporal';
export * from './fake-anthropic';
export * from './process/child-env';
export * from './smtp-server';
