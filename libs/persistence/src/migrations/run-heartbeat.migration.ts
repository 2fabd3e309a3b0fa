import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const RUNS = 'runs';
const COLUMN = 'heartbeat_at';

/**
 * Adds `runs.heartbeat_at` (nullable: older runs have none, and `status` then judges them by
 * `updated_at`). Checks first, so it is safe to re-apply like the earlier ones.
 */
export class RunHeartbeat1767571200000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'RunHeartbeat1767571200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (await queryRunner.hasColumn(RUNS, COLUMN)) return;
    await queryRunner.addColumn(
      RUNS,
      new TableColumn({ name: COLUMN, type: 'varchar', length: '32', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (await queryRunner.hasColumn(RUNS, COLUMN)) await queryRunner.dropColumn(RUNS, COLUMN);
  }
}
