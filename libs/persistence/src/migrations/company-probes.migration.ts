import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexIfMissing } from './migration-helpers';

const PROBES = 'company_probes';

/** Adds the company probe cache (name → board found or not); safe to re-apply like the earlier ones. */
export class CompanyProbes1767398400000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'CompanyProbes1767398400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: PROBES,
        columns: [
          { name: 'name_key', type: 'varchar', length: '200', isPrimary: true },
          { name: 'name', type: 'text' },
          { name: 'ats', type: 'varchar', length: '32', isNullable: true },
          { name: 'board', type: 'text', isNullable: true },
          { name: 'careers_url', type: 'text', isNullable: true },
          { name: 'checked_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await createIndexIfMissing(
      queryRunner,
      PROBES,
      new TableIndex({ name: 'IDX_company_probes_checked_at', columnNames: ['checked_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(PROBES, true);
  }
}
