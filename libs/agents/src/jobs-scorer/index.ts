export * from './jobs-scorer.types';
export * from './jobs-scorer.agent';
export * from './jobs-scorer.module';
