import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first run that shortlisted a job (by its jobKey), written when a run finishes and never
 * moved after: a job is new in that run only. Portable types only, see RunEntity.
 */
@Entity({ name: 'shortlisted_jobs' })
export class ShortlistedJobEntity {
  @PrimaryColumn({ name: 'job_key', type: 'varchar', length: 64 })
  jobKey!: string;

  @Column({ name: 'first_run_id', type: 'varchar', length: 64 })
  firstRunId!: string;

  /** ISO-8601: when that run finished. */
  @Column({ name: 'first_at', type: 'varchar', length: 32 })
  firstAt!: string;
}
