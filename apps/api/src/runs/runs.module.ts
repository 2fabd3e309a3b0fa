import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { RunEvents } from './run-events';
import { RunIntake } from './run-intake';
import { PipelineModule } from './pipeline.module';
import { RunReader } from './run-reader';
import { RunStream } from './run-stream';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';

/** The runs routes (POST /runs, GET /runs, /runs/:id, /events, /results, /files, cancel) and the run queue. */
@Module({
  imports: [JobsModule, PipelineModule],
  controllers: [RunsController],
  providers: [RunIntake, RunEvents, RunReader, RunStream, RunsService],
  exports: [RunIntake, RunEvents, RunsService],
})
export class RunsModule {}
