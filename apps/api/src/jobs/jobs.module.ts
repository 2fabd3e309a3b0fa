import { Module } from '@nestjs/common';
import { PipelineModule } from '../runs/pipeline.module';
import { JobMarksController } from './job-marks.controller';
import { JobMarksService } from './job-marks.service';
import { ResultAnnotator } from './result-annotator';

/**
 * The person's marks on jobs (PUT/DELETE /runs/:id/jobs/:rank/mark, GET /marks) and the
 * ResultAnnotator through which GET /runs/:id/results gives each job its mark and "new".
 */
@Module({
  imports: [PipelineModule],
  controllers: [JobMarksController],
  providers: [JobMarksService, ResultAnnotator],
  exports: [ResultAnnotator],
})
export class JobsModule {}
