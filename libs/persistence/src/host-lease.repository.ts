import type { DataSource } from 'typeorm';
import { HOST_LEASES_TABLE } from './migrations/host-leases.migration';
import { rawStatement, rawTable } from './raw-sql';

/**
 * The shared lease table behind per-host and per-tenant request limits (job-boards' HostLeaseStore,
 * matched structurally). Raw SQL, because taking a slot must be one atomic statement on both
 * drivers: an insert that, on conflict, overwrites only an expired lease and returns the row only
 * when it took it (`INSERT … ON CONFLICT … DO UPDATE … WHERE … RETURNING`, SQLite ≥ 3.35 and
 * PostgreSQL). SQLite serialises writers per file, PostgreSQL per row; either way one wins a slot.
 */
export class HostLeaseRepository {
  private readonly table: string;

  constructor(private readonly dataSource: DataSource) {
    this.table = rawTable(dataSource, HOST_LEASES_TABLE);
  }

  async tryTake(key: string, slot: number, holder: string, expiresAt: number, now: number): Promise<boolean> {
    const rows: unknown = await this.dataSource.query(
      this.sql(
        `INSERT INTO ${this.table} AS lease (lease_key, slot, holder, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (lease_key, slot) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE lease.expires_at < $5
         RETURNING slot`,
      ),
      [key, slot, holder, expiresAt, now],
    );
    return Array.isArray(rows) && rows.length > 0;
  }

  async renew(holder: string, expiresAt: number): Promise<void> {
    await this.dataSource.query(this.sql(`UPDATE ${this.table} SET expires_at = $1 WHERE holder = $2`), [
      expiresAt,
      holder,
    ]);
  }

  async release(key: string, slot: number, holder: string): Promise<void> {
    await this.dataSource.query(
      this.sql(`DELETE FROM ${this.table} WHERE lease_key = $1 AND slot = $2 AND holder = $3`),
      [key, slot, holder],
    );
  }

  private sql(text: string): string {
    return rawStatement(this.dataSource, text);
  }
}
