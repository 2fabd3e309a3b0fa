import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One input file of a run (the resume, a preferences file, a companies file), stored when the
 * run is created so any worker can read it: the claim check that lets every stage run away from
 * the machine that asked for the run. The bytes are base64 text, the one portable way to keep
 * binary data in the same column on SQLite and PostgreSQL. Portable types only, see RunEntity.
 */
@Entity({ name: 'run_inputs' })
export class RunInputEntity {
  @PrimaryColumn({ name: 'run_id', type: 'varchar', length: 64 })
  runId!: string;

  /** 'resume', 'prefs' or 'companies'. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: string;

  /** The file's name as given (its extension tells the format). */
  @Column({ type: 'text' })
  name!: string;

  /** The file's bytes, base64. */
  @Column({ type: 'text' })
  content!: string;

  /** Hex SHA-256 of the bytes: what the run read, checkable later. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'integer' })
  size!: number;
}
