import { Table, TableIndex, TableUnique } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const RUNS = 'runs';
const CHECKPOINTS = 'checkpoints';

/**
 * Creates `runs` and `checkpoints` with the driver-neutral Table API, so this one
 * migration serves SQLite and PostgreSQL. Every step checks first, so it is safe on a
 * database where the tables already exist.
 */
export class InitialSchema1767225600000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'InitialSchema1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: RUNS,
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'orchestrator', type: 'varchar', length: '16' },
          { name: 'engine', type: 'varchar', length: '16' },
          { name: 'config', type: 'text' },
          { name: 'result', type: 'text', isNullable: true },
          { name: 'started_at', type: 'varchar', length: '32' },
          { name: 'finished_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'updated_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await createIndexIfMissing(
      queryRunner,
      RUNS,
      new TableIndex({ name: 'IDX_runs_started_at', columnNames: ['started_at'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: CHECKPOINTS,
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'run_id', type: 'varchar', length: '64' },
          { name: 'stage', type: 'varchar', length: '64' },
          { name: 'key', type: 'varchar', length: '512', default: "''" },
          { name: 'payload', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '32' },
        ],
        uniques: [new TableUnique({ name: 'UQ_checkpoints_run_stage_key', columnNames: ['run_id', 'stage', 'key'] })],
      }),
      true,
    );
    await createIndexIfMissing(
      queryRunner,
      CHECKPOINTS,
      new TableIndex({ name: 'IDX_checkpoints_run_id', columnNames: ['run_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(CHECKPOINTS, true);
    await queryRunner.dropTable(RUNS, true);
  }
}

async function createIndexIfMissing(queryRunner: QueryRunner, tableName: string, index: TableIndex): Promise<void> {
  const table = await queryRunner.getTable(tableName);
  if (table?.indices.some((existing) => existing.name === index.name)) return;
  await queryRunner.createIndex(tableName, index);
}
