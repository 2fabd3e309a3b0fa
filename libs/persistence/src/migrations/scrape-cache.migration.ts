import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexIfMissing } from './migration-helpers';

const CACHE = 'board_response_cache';
const SIGHTINGS = 'job_sightings';

/**
 * Adds the job-board response cache and the job sightings (first and last seen), with the
 * driver-neutral Table API like the initial schema; every step checks first, so it is safe
 * to apply on a database where the tables already exist.
 */
export class ScrapeCacheAndSightings1767312000000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'ScrapeCacheAndSightings1767312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: CACHE,
        columns: [
          { name: 'cache_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'method', type: 'varchar', length: '8' },
          { name: 'url', type: 'text' },
          { name: 'status', type: 'integer' },
          { name: 'content_type', type: 'varchar', length: '255', isNullable: true },
          { name: 'body', type: 'text' },
          { name: 'fetched_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await createIndexIfMissing(
      queryRunner,
      CACHE,
      new TableIndex({ name: 'IDX_board_response_cache_fetched_at', columnNames: ['fetched_at'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: SIGHTINGS,
        columns: [
          { name: 'sighting_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'ats', type: 'varchar', length: '32' },
          { name: 'board', type: 'text' },
          { name: 'external_id', type: 'text' },
          { name: 'company', type: 'text' },
          { name: 'first_seen_at', type: 'varchar', length: '32' },
          { name: 'last_seen_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(SIGHTINGS, true);
    await queryRunner.dropTable(CACHE, true);
  }
}
