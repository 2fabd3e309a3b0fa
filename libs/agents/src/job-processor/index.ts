export * from './job-processor.types';
export * from './job-processor.agent';
export * from './job-processor.module';
