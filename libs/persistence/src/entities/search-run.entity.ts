import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A saved search's last finished run: what the next run's new and disappeared jobs are counted
 * against, and the date its digest says "since". Portable types only, see RunEntity.
 */
@Entity({ name: 'search_last_runs' })
export class SearchLastRunEntity {
  @PrimaryColumn({ name: 'search_id', type: 'varchar', length: 64 })
  searchId!: string;

  @Column({ name: 'run_id', type: 'varchar', length: 64 })
  runId!: string;

  /** ISO-8601: when that run finished. */
  @Column({ name: 'finished_at', type: 'varchar', length: 32 })
  finishedAt!: string;
}
