import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexIfMissing } from './migration-helpers';

const CACHE = 'llm_response_cache';

/** Adds the LLM response cache (validated per-job scores); safe to re-apply like the earlier ones. */
export class LlmResponseCache1767484800000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'LlmResponseCache1767484800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: CACHE,
        columns: [
          { name: 'cache_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'model', type: 'varchar', length: '100' },
          { name: 'prompt_version', type: 'varchar', length: '32' },
          { name: 'profile_hash', type: 'varchar', length: '64' },
          { name: 'job_hash', type: 'varchar', length: '64' },
          { name: 'result', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await createIndexIfMissing(
      queryRunner,
      CACHE,
      new TableIndex({ name: 'IDX_llm_response_cache_created_at', columnNames: ['created_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(CACHE, true);
  }
}
