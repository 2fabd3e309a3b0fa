import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the person did with a job: saved it, applied to it (on a date) or hid it. One mark per
 * job across all runs (keyed by the job's jobKey), so it holds in every run that finds the job;
 * the title, company and apply URL are those of the run it was marked in, for the list of marks.
 * Portable types only, see RunEntity.
 */
@Entity({ name: 'job_marks' })
@Index('IDX_job_marks_updated_at', ['updatedAt'])
export class JobMarkEntity {
  @PrimaryColumn({ name: 'job_key', type: 'varchar', length: 64 })
  jobKey!: string;

  /** 'saved', 'applied' or 'hidden'. */
  @Column({ type: 'varchar', length: 16 })
  state!: string;

  /** YYYY-MM-DD: the day of the application (for the other states, the day they were marked). */
  @Column({ type: 'varchar', length: 10 })
  at!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  company!: string;

  @Column({ name: 'apply_url', type: 'text' })
  applyUrl!: string;

  /** The run whose result the job was marked in. */
  @Column({ name: 'run_id', type: 'varchar', length: 64 })
  runId!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;
}
