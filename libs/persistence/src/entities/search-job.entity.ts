import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One job a saved search shortlisted, as the search's last run that shortlisted it showed it: what
 * tells its next runs' jobs new, seen or changed, and what went missing. Keyed by the search and the
 * jobKey the job was first shortlisted under; the apply-URL and dedupe identities match a repost
 * under a new board id. Portable types only, see RunEntity.
 */
@Entity({ name: 'search_jobs' })
export class SearchJobEntity {
  @PrimaryColumn({ name: 'search_id', type: 'varchar', length: 64 })
  searchId!: string;

  @PrimaryColumn({ name: 'job_key', type: 'varchar', length: 64 })
  jobKey!: string;

  /** urlJobKey of the apply URL; null when the URL names no page. */
  @Column({ name: 'url_key', type: 'varchar', length: 64, nullable: true })
  urlKey!: string | null;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  company!: string;

  /** The salary label ('' when none). */
  @Column({ type: 'text' })
  pay!: string;

  /** The location label. */
  @Column({ type: 'text' })
  place!: string;

  @Column({ name: 'apply_url', type: 'text' })
  applyUrl!: string;

  @Column({ name: 'first_run_id', type: 'varchar', length: 64 })
  firstRunId!: string;

  @Column({ name: 'last_run_id', type: 'varchar', length: 64 })
  lastRunId!: string;

  /** ISO-8601: when the last run that shortlisted it finished. */
  @Column({ name: 'last_seen_at', type: 'varchar', length: 32 })
  lastSeenAt!: string;
}
