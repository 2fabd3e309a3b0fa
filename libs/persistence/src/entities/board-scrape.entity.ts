import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last complete scrape of each job board (one ATS and board): a job its sightings last saw
 * before that scrape is gone from the board. The key is a hash of the two, as for job sightings.
 * Portable types only, see RunEntity.
 */
@Entity({ name: 'board_scrapes' })
export class BoardScrapeEntity {
  @PrimaryColumn({ name: 'board_key', type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 32 })
  ats!: string;

  @Column({ type: 'text' })
  board!: string;

  @Column({ type: 'text' })
  company!: string;

  /** ISO-8601: the same time as the sightings that scrape recorded. */
  @Column({ name: 'scraped_at', type: 'varchar', length: 32 })
  scrapedAt!: string;
}
