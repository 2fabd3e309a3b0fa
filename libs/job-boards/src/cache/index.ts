export * from './response-cache.types';
export * from './cache-key';
export * from './caching.transport';
