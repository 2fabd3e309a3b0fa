export * from './fake-smtp-server';
