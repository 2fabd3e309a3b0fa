import type { DataSource } from 'typeorm';
import { postgresAvailable, postgresTarget, sqliteTarget } from '@job-hunter/testing';
import type { Target } from '@job-hunter/testing';
import { openDataSource, runMigrations } from './data-source';
import { LlmResponseCacheRepository } from './llm-response-cache.repository';
import type { StoredLlmResponse } from './llm-response-cache.repository';
import { MIGRATIONS } from './migrations';
import { LlmResponseCache1767484800000 } from './migrations/llm-response-cache.migration';

const pgUp = postgresAvailable();

function row(i: number, createdAt = '2026-01-01T00:00:00Z'): StoredLlmResponse {
  return {
    key: `k${String(i).padStart(6, '0')}`.padEnd(64, '0'),
    model: 'claude-haiku-4-5',
    promptVersion: 'score-v1',
    profileHash: 'p'.repeat(64),
    jobHash: `j${String(i).padStart(6, '0')}`.padEnd(64, '0'),
    result: JSON.stringify({ score: i, note: 'é'.repeat(300) }),
    createdAt,
  };
}

describe.each([
  ['sqlite', sqliteTarget, true],
  ['postgres', postgresTarget, pgUp],
] as const)('LLM response cache on %s', (_name, makeTarget, enabled) => {
  const maybe = enabled ? describe : describe.skip;

  maybe('with a migrated database', () => {
    let target: Target;
    let dataSource: DataSource;
    let repo: LlmResponseCacheRepository;

    beforeAll(async () => {
      target = await makeTarget();
      expect(await runMigrations(target.db, target.overrides)).toEqual(MIGRATIONS.map((M) => new M().name));
      dataSource = await openDataSource(target.db, target.overrides);
      repo = new LlmResponseCacheRepository(dataSource);
    });
    afterAll(async () => {
      if (dataSource?.isInitialized) await dataSource.destroy();
      await target?.cleanup();
    });

    it('applies its migration idempotently', async () => {
      const runner = dataSource.createQueryRunner();
      try {
        await new LlmResponseCache1767484800000().up(runner);
        const table = await runner.getTable('llm_response_cache');
        expect(table?.indices.map((i) => i.name)).toEqual(['IDX_llm_response_cache_created_at']);
      } finally {
        await runner.release();
      }
    });

    it('stores, replaces, finds in chunks and prunes cached answers', async () => {
      const rows = Array.from({ length: 450 }, (_, i) => row(i));
      await repo.putMany([...rows, { ...row(3), result: '{"score":"replaced"}' }]);
      const found = await repo.findMany([...rows.map((r) => r.key), 'missing'.padEnd(64, '0')]);
      expect(found).toHaveLength(450);
      expect(found.find((r) => r.key === row(3).key)?.result).toBe('{"score":"replaced"}');
      expect(found.find((r) => r.key === row(5).key)).toEqual({ ...row(5), createdAt: '2026-01-01T00:00:00.000Z' });
      expect(await repo.count()).toBe(450);

      await repo.putMany([row(1000, '2027-01-01T01:00:00+01:00')]);
      expect(await repo.deleteOlderThan('2026-06-01T00:00:00Z')).toBe(450);
      expect(await repo.findMany([row(1000).key])).toEqual([{ ...row(1000), createdAt: '2027-01-01T00:00:00.000Z' }]);
    });

    it('refuses keys and ids longer than their columns on every driver', async () => {
      await expect(repo.putMany([{ ...row(1), key: 'x'.repeat(65) }])).rejects.toThrow(/longer than 64/);
      await expect(repo.putMany([{ ...row(1), model: 'm'.repeat(101) }])).rejects.toThrow(/longer than 100/);
    });
  });
});
