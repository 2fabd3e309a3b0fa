import { Table } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const JOBS = 'search_jobs';
const LAST_RUNS = 'search_last_runs';

/**
 * Adds each saved search's job history (the jobs its runs shortlisted) and its last finished run;
 * safe to re-apply like the earlier ones. A search's first run after it finds both empty: all new.
 */
export class SearchHistory1768007400000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'SearchHistory1768007400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: JOBS,
        columns: [
          { name: 'search_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'job_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'url_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'dedupe_key', type: 'text' },
          { name: 'title', type: 'text' },
          { name: 'company', type: 'text' },
          { name: 'pay', type: 'text' },
          { name: 'place', type: 'text' },
          { name: 'apply_url', type: 'text' },
          { name: 'first_run_id', type: 'varchar', length: '64' },
          { name: 'last_run_id', type: 'varchar', length: '64' },
          { name: 'last_seen_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: LAST_RUNS,
        columns: [
          { name: 'search_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'run_id', type: 'varchar', length: '64' },
          { name: 'finished_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(LAST_RUNS, true);
    await queryRunner.dropTable(JOBS, true);
  }
}
