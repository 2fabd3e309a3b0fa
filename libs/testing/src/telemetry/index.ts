export * from './fake-otlp-collector';
export * from './prometheus-text';
