import { Test } from '@nestjs/testing';
import { emptyCost, type EngineKind } from '@job-hunter/domain';
import { LlmModule } from '../llm.module';
import { OfflineScoringEngine } from '../offline/offline-scoring.engine';
import { ScoringEngineRegistry } from './scoring-engine.registry';
import { SCORING_ENGINES, type ScoringEngine } from './scoring-engine.types';

function fakeEngine(kind: EngineKind): ScoringEngine {
  return { kind, score: async () => ({ scored: [], cost: emptyCost(), errors: [] }) };
}

describe('ScoringEngineRegistry', () => {
  it('LlmModule registers the offline engine under SCORING_ENGINES', async () => {
    const mod = await Test.createTestingModule({ imports: [LlmModule] }).compile();
    const engines = mod.get<ScoringEngine[]>(SCORING_ENGINES);
    expect(engines.map((e) => e.kind)).toEqual(['heuristic']);
    const registry = mod.get(ScoringEngineRegistry);
    expect(registry.get('heuristic')).toBeInstanceOf(OfflineScoringEngine);
  });

  it('returns the asked engine when registered', () => {
    const anthropic = fakeEngine('anthropic');
    const registry = new ScoringEngineRegistry([new OfflineScoringEngine(), anthropic]);
    expect(registry.resolve('anthropic')).toEqual({ engine: anthropic });
    expect(registry.kinds()).toEqual(['heuristic', 'anthropic']);
  });

  it('falls back to the offline engine with a notice', () => {
    const registry = new ScoringEngineRegistry([new OfflineScoringEngine()]);
    const r = registry.resolve('anthropic');
    expect(r.engine.kind).toBe('heuristic');
    expect(r.notice).toContain('anthropic');
  });

  it('fails clearly when not even the offline engine is registered', () => {
    expect(() => new ScoringEngineRegistry([]).resolve('heuristic')).toThrow(/LlmModule/);
  });
});
