import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * When a job (one ATS, board and external id) was first and last seen on its board,
 * across runs. The key is a hash of the three, so long board names and ids cannot
 * overflow an index. `jobKey` is the job's identity in results (null for rows recorded before
 * it was kept, or when only the dedupe key names the job), so a mark finds its job's sightings.
 * Portable types only, see RunEntity.
 */
@Entity({ name: 'job_sightings' })
@Index('IDX_job_sightings_job_key', ['jobKey'])
export class JobSightingEntity {
  @PrimaryColumn({ name: 'sighting_key', type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  ats!: string;

  @Column({ type: 'text' })
  board!: string;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  company!: string;

  @Column({ name: 'job_key', type: 'varchar', length: 64, nullable: true })
  jobKey!: string | null;

  @Column({ name: 'first_seen_at', type: 'varchar', length: 32 })
  firstSeenAt!: string;

  @Column({ name: 'last_seen_at', type: 'varchar', length: 32 })
  lastSeenAt!: string;
}
