import type { DataSource, Repository } from 'typeorm';
import { LessThan } from 'typeorm';
import { CompanyProbeEntity } from './entities/company-probe.entity';
import { assertLength, toIsoTimestamp } from './json-column';

/** A probe outcome: the board found for a company name, or `board: null` when none answered. */
export interface StoredCompanyProbe {
  /** The normalised company name. */
  key: string;
  name: string;
  board: { ats: string; board: string; careersUrl: string } | null;
  /** ISO-8601. */
  checkedAt: string;
}

/**
 * The company probe cache. The company finder judges freshness itself (found and not-found
 * answers age differently); this only stores and reads.
 */
export class CompanyProbeRepository {
  private readonly rows: Repository<CompanyProbeEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(CompanyProbeEntity);
  }

  async get(key: string): Promise<StoredCompanyProbe | null> {
    const row = await this.rows.findOneBy({ key });
    if (!row) return null;
    const board =
      row.ats && row.board && row.careersUrl ? { ats: row.ats, board: row.board, careersUrl: row.careersUrl } : null;
    return { key: row.key, name: row.name, board, checkedAt: row.checkedAt };
  }

  async put(probe: StoredCompanyProbe): Promise<void> {
    assertLength(probe.key, 200, 'Company probe key');
    await this.rows.upsert(
      {
        key: probe.key,
        name: probe.name,
        ats: probe.board?.ats.slice(0, 32) ?? null,
        board: probe.board?.board ?? null,
        careersUrl: probe.board?.careersUrl ?? null,
        checkedAt: toIsoTimestamp(probe.checkedAt, 'checkedAt'),
      },
      { conflictPaths: ['key'], skipUpdateIfNoValuesChanged: false },
    );
  }

  async deleteOlderThan(before: string): Promise<number> {
    const outcome = await this.rows.delete({ checkedAt: LessThan(toIsoTimestamp(before, 'before')) });
    return outcome.affected ?? 0;
  }
}
