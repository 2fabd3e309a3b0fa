import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What probing the job-board APIs found for a company name: its board, or (ats null) that
 * no supported board answered. Shared by every run and worker, so a suggestion is probed
 * once per TTL. Portable types only, see RunEntity.
 */
@Entity({ name: 'company_probes' })
@Index('IDX_company_probes_checked_at', ['checkedAt'])
export class CompanyProbeEntity {
  /** The company name normalised (lower case, letters and digits only). */
  @PrimaryColumn({ name: 'name_key', type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Null when no supported board was found. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  ats!: string | null;

  @Column({ type: 'text', nullable: true })
  board!: string | null;

  @Column({ name: 'careers_url', type: 'text', nullable: true })
  careersUrl!: string | null;

  @Column({ name: 'checked_at', type: 'varchar', length: 32 })
  checkedAt!: string;
}
