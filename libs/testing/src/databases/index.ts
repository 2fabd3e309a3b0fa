export * from './test-databases';
export * from './run-fixtures';
