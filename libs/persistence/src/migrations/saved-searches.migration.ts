import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexIfMissing } from './migration-helpers';

const SEARCHES = 'saved_searches';

/** Adds the saved searches table (issue 13); safe to re-apply like the earlier ones. */
export class SavedSearches1767921000000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'SavedSearches1767921000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const nullableStamp = { type: 'varchar', length: '32', isNullable: true };
    await queryRunner.createTable(
      new Table({
        name: SEARCHES,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100', isUnique: true },
          { name: 'resume_name', type: 'text' },
          { name: 'resume_sha256', type: 'varchar', length: '64' },
          { name: 'resume_content', type: 'text' },
          { name: 'resume_summary', type: 'text', isNullable: true },
          { name: 'prefs_text', type: 'text' },
          { name: 'prefs_file_name', type: 'text', isNullable: true },
          { name: 'understanding', type: 'text' },
          { name: 'options', type: 'text' },
          { name: 'every_ms', type: 'bigint', isNullable: true },
          { name: 'cron', type: 'varchar', length: '100', isNullable: true },
          { name: 'paused', type: 'boolean', default: false },
          { name: 'next_due_at', ...nullableStamp },
          { name: 'last_run_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'last_run_at', ...nullableStamp },
          { name: 'lock_owner', type: 'varchar', length: '64', isNullable: true },
          { name: 'lock_expires_at', ...nullableStamp },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'updated_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await createIndexIfMissing(
      queryRunner,
      SEARCHES,
      new TableIndex({ name: 'IDX_saved_searches_next_due_at', columnNames: ['next_due_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(SEARCHES, true);
  }
}
