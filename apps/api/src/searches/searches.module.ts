import { Module } from '@nestjs/common';
import { PipelineModule } from '../runs/pipeline.module';
import { RunsModule } from '../runs/runs.module';
import { SearchesController } from './searches.controller';
import { SearchesService } from './searches.service';

/** The saved-searches routes (/searches), their runs queued as POST /runs queues its own. */
@Module({
  imports: [PipelineModule, RunsModule],
  controllers: [SearchesController],
  providers: [SearchesService],
})
export class SearchesModule {}
