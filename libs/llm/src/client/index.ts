export * from './llm-client.types';
export * from './llm-invalid-output.error';
export * from './anthropic-llm.client';
export * from './budgeted-llm.client';
export * from './llm-client.provider';
