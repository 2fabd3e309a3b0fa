export * from './run-options';
export * from './preflight';
export * from './input-check';
export * from './recorded-market';
