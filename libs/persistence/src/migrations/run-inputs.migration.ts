import { Table } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export const RUN_INPUTS_TABLE = 'run_inputs';

/** Adds the run inputs table (each run's resume, preferences and companies files); safe to re-apply like the earlier ones. */
export class RunInputs1767747600000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'RunInputs1767747600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: RUN_INPUTS_TABLE,
        columns: [
          { name: 'run_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16', isPrimary: true },
          { name: 'name', type: 'text' },
          { name: 'content', type: 'text' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'size', type: 'integer' },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(RUN_INPUTS_TABLE, true);
  }
}
