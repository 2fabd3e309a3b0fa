import { Module } from '@nestjs/common';
import { RunPipeline } from './run-pipeline';

/** The API's one RunPipeline (the database and the orchestrators, opened on first use), for the runs and the marks routes. */
@Module({ providers: [RunPipeline], exports: [RunPipeline] })
export class PipelineModule {}
