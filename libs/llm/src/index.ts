export * from './scoring/scoring-engine.types';
export * from './scoring/scoring-engine.registry';
export * from './offline/offline-scoring.engine';
export * from './llm.module';
export * from './anthropic';
export * from './client';
export * from './cost';
export * from './understanding';
