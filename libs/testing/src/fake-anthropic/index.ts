export * from './fake-anthropic-server';
export * from './fake-anthropic-usage';
export * from './fake-anthropic.types';
