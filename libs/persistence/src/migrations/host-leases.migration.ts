import { Table } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export const HOST_LEASES_TABLE = 'host_leases';

/**
 * Adds the lease table that spreads per-host and per-tenant request limits over every worker:
 * one row per taken slot, expiring unless renewed. `expires_at` is epoch milliseconds (bigint),
 * compared as a number on both drivers. Safe to re-apply like the earlier ones.
 */
export class HostLeases1767661200000 implements MigrationInterface {
  // Explicit: bundlers rename classes, and TypeORM records migrations by name.
  readonly name = 'HostLeases1767661200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: HOST_LEASES_TABLE,
        columns: [
          { name: 'lease_key', type: 'varchar', length: '300', isPrimary: true },
          { name: 'slot', type: 'integer', isPrimary: true },
          { name: 'holder', type: 'varchar', length: '64' },
          { name: 'expires_at', type: 'bigint' },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(HOST_LEASES_TABLE, true);
  }
}
