export * from './scoring/scoring-engine.types';
export * from './scoring/scoring-engine.registry';
export * from './offline/offline-scoring.engine';
export * from './llm.module';
