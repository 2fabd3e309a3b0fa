import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When a job (one ATS, board and external id) was first and last seen on its board,
 * across runs. The key is a hash of the three, so long board names and ids cannot
 * overflow an index. Portable types only, see RunEntity.
 */
@Entity({ name: 'job_sightings' })
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

  @Column({ name: 'first_seen_at', type: 'varchar', length: 32 })
  firstSeenAt!: string;

  @Column({ name: 'last_seen_at', type: 'varchar', length: 32 })
  lastSeenAt!: string;
}
