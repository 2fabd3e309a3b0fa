import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One job-hunt run. Column types are explicit and portable (varchar, text) so the same
 * entity maps onto SQLite and PostgreSQL, and does not depend on decorator metadata
 * (bundlers do not emit it). Timestamps are ISO-8601 strings: they sort and compare the
 * same way on both drivers.
 */
@Entity({ name: 'runs' })
@Index('IDX_runs_started_at', ['startedAt'])
export class RunEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'varchar', length: 16 })
  orchestrator!: string;

  @Column({ type: 'varchar', length: 16 })
  engine!: string;

  /** JSON RunConfig. */
  @Column({ type: 'text' })
  config!: string;

  /** JSON RunResult, once the run has one. */
  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @Column({ name: 'started_at', type: 'varchar', length: 32 })
  startedAt!: string;

  @Column({ name: 'finished_at', type: 'varchar', length: 32, nullable: true })
  finishedAt!: string | null;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;

  /**
   * Last sign of life from the process running the stages (each stage and company step, and a
   * timer). A `running` run whose heartbeat is old was killed: `status` shows it as interrupted.
   * Null in rows stored before the column existed.
   */
  @Column({ name: 'heartbeat_at', type: 'varchar', length: 32, nullable: true })
  heartbeatAt!: string | null;
}
