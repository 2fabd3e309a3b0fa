import { Table, TableColumn, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexIfMissing } from './migration-helpers';

const SIGHTINGS = 'job_sightings';
const JOB_KEY_INDEX = 'IDX_job_sightings_job_key';
const BOARD_SCRAPES = 'board_scrapes';

/**
 * For the applications a person tracks: each job sighting gets the job's jobKey (so a mark finds
 * when its job was last seen), and each board its last complete scrape. Rows sighted before it
 * have no jobKey until their board is scraped again. Safe to re-apply like the earlier ones.
 */
export class Applications1768093800000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'Applications1768093800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await queryRunner.hasColumn(SIGHTINGS, 'job_key'))) {
      await queryRunner.addColumn(
        SIGHTINGS,
        new TableColumn({ name: 'job_key', type: 'varchar', length: '64', isNullable: true }),
      );
    }
    await createIndexIfMissing(
      queryRunner,
      SIGHTINGS,
      new TableIndex({ name: JOB_KEY_INDEX, columnNames: ['job_key'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: BOARD_SCRAPES,
        columns: [
          { name: 'board_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'ats', type: 'varchar', length: '32' },
          { name: 'board', type: 'text' },
          { name: 'company', type: 'text' },
          { name: 'scraped_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(BOARD_SCRAPES, true);
    const table = await queryRunner.getTable(SIGHTINGS);
    if (table?.indices.some((i) => i.name === JOB_KEY_INDEX)) await queryRunner.dropIndex(SIGHTINGS, JOB_KEY_INDEX);
    if (await queryRunner.hasColumn(SIGHTINGS, 'job_key')) await queryRunner.dropColumn(SIGHTINGS, 'job_key');
  }
}
