import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** bigint comes back as text from PostgreSQL: read it as a number (milliseconds fit easily). */
const BIGINT_AS_NUMBER = {
  to: (value: number | null) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/**
 * A saved search: the inputs of a job hunt kept so it can run again and again (by hand, on a
 * schedule through `search run --due`, or by a Temporal Schedule). The resume's bytes are stored
 * with it (base64, as run inputs are), so any machine can run it. Timestamps are ISO-8601 strings
 * (they sort as text on both drivers); portable types only, see RunEntity.
 */
@Entity({ name: 'saved_searches' })
@Index('IDX_saved_searches_next_due_at', ['nextDueAt'])
export class SavedSearchEntity {
  /** A UUID: also the Temporal Schedule's id. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  /** The resume file's name as given (its extension tells the parser the format). */
  @Column({ name: 'resume_name', type: 'text' })
  resumeName!: string;

  @Column({ name: 'resume_sha256', type: 'varchar', length: 64 })
  resumeSha256!: string;

  /** The resume's bytes, base64. */
  @Column({ name: 'resume_content', type: 'text' })
  resumeContent!: string;

  /** JSON ResumeSummary read at save, for `search show`. */
  @Column({ name: 'resume_summary', type: 'text', nullable: true })
  resumeSummary!: string | null;

  /** The `--prefs` text, or the preferences file's contents when `prefsFileName` is set. */
  @Column({ name: 'prefs_text', type: 'text' })
  prefsText!: string;

  /** The preferences file's name (its extension tells the format); null for `--prefs` text. */
  @Column({ name: 'prefs_file_name', type: 'text', nullable: true })
  prefsFileName!: string | null;

  /** JSON Understanding: what the preferences were read as when the search was saved. */
  @Column({ type: 'text' })
  understanding!: string;

  /** JSON SavedSearchOptions: the run options every run of it uses. */
  @Column({ type: 'text' })
  options!: string;

  /** `--every`: the interval in milliseconds; null without one. */
  @Column({ name: 'every_ms', type: 'bigint', nullable: true, transformer: BIGINT_AS_NUMBER })
  everyMs!: number | null;

  /** `--cron`: a 5-field cron expression (UTC); null without one. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  cron!: string | null;

  @Column({ type: 'boolean', default: false })
  paused!: boolean;

  /** When `search run --due` runs it next; null without a schedule. */
  @Column({ name: 'next_due_at', type: 'varchar', length: 32, nullable: true })
  nextDueAt!: string | null;

  @Column({ name: 'last_run_id', type: 'varchar', length: 64, nullable: true })
  lastRunId!: string | null;

  @Column({ name: 'last_run_at', type: 'varchar', length: 32, nullable: true })
  lastRunAt!: string | null;

  /** Who is running it now (one process), until `lockExpiresAt`; null when nobody is. */
  @Column({ name: 'lock_owner', type: 'varchar', length: 64, nullable: true })
  lockOwner!: string | null;

  @Column({ name: 'lock_expires_at', type: 'varchar', length: 32, nullable: true })
  lockExpiresAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;
}
