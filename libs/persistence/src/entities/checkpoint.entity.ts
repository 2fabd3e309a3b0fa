import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The saved output of one pipeline stage of a run (key '') or of one item within a
 * stage (key = e.g. a company), as JSON. Portable types only, see RunEntity.
 */
@Entity({ name: 'checkpoints' })
@Unique('UQ_checkpoints_run_stage_key', ['runId', 'stage', 'key'])
@Index('IDX_checkpoints_run_id', ['runId'])
export class CheckpointEntity {
  @PrimaryGeneratedColumn('increment', { type: 'integer' })
  id!: number;

  @Column({ name: 'run_id', type: 'varchar', length: 64 })
  runId!: string;

  @Column({ type: 'varchar', length: 64 })
  stage!: string;

  @Column({ type: 'varchar', length: 512, default: '' })
  key!: string;

  /** JSON. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
