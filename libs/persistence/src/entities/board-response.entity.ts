import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A cached job-board answer (a 2xx JSON body), keyed by a hash of method, URL and request
 * body. Shared through the database by the CLI and every worker. Portable types only, see RunEntity.
 */
@Entity({ name: 'board_response_cache' })
@Index('IDX_board_response_cache_fetched_at', ['fetchedAt'])
export class BoardResponseEntity {
  @PrimaryColumn({ name: 'cache_key', type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 8 })
  method!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'integer' })
  status!: number;

  @Column({ name: 'content_type', type: 'varchar', length: 255, nullable: true })
  contentType!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'fetched_at', type: 'varchar', length: 32 })
  fetchedAt!: string;
}
