import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexIfMissing } from './migration-helpers';

const MARKS = 'job_marks';
const SHORTLISTED = 'shortlisted_jobs';

/**
 * Adds the person's job marks (saved, applied, hidden) and the first run that shortlisted each job,
 * both keyed by jobKey; safe to re-apply like the earlier ones. Runs stored before it have no
 * jobKeys, so the history starts empty: the next run's shortlist is all new.
 */
export class JobMarks1767834000000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'JobMarks1767834000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: MARKS,
        columns: [
          { name: 'job_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'state', type: 'varchar', length: '16' },
          { name: 'at', type: 'varchar', length: '10' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'title', type: 'text' },
          { name: 'company', type: 'text' },
          { name: 'apply_url', type: 'text' },
          { name: 'run_id', type: 'varchar', length: '64' },
          { name: 'updated_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await createIndexIfMissing(
      queryRunner,
      MARKS,
      new TableIndex({ name: 'IDX_job_marks_updated_at', columnNames: ['updated_at'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: SHORTLISTED,
        columns: [
          { name: 'job_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'first_run_id', type: 'varchar', length: '64' },
          { name: 'first_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(SHORTLISTED, true);
    await queryRunner.dropTable(MARKS, true);
  }
}
