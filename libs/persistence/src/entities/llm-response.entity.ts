import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A validated LLM answer for one job, keyed by a hash of (model, prompt version, profile and
 * preferences hash, job content hash): a re-run over unchanged jobs reads it instead of paying.
 * The parts of the key are kept too, for inspection and targeted pruning. Portable types only.
 */
@Entity({ name: 'llm_response_cache' })
@Index('IDX_llm_response_cache_created_at', ['createdAt'])
export class LlmResponseEntity {
  @PrimaryColumn({ name: 'cache_key', type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 100 })
  model!: string;

  @Column({ name: 'prompt_version', type: 'varchar', length: 32 })
  promptVersion!: string;

  @Column({ name: 'profile_hash', type: 'varchar', length: 64 })
  profileHash!: string;

  @Column({ name: 'job_hash', type: 'varchar', length: 64 })
  jobHash!: string;

  @Column({ type: 'text' })
  result!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
