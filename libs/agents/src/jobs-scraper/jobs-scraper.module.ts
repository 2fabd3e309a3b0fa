import { Module } from '@nestjs/common';
import { JobBoardsModule } from '@job-hunter/job-boards';
import { JobsScraperAgent } from './jobs-scraper.agent';

@Module({
  imports: [JobBoardsModule],
  providers: [JobsScraperAgent],
  exports: [JobsScraperAgent],
})
export class JobsScraperModule {}
