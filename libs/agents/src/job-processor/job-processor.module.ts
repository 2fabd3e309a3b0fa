import { Module } from '@nestjs/common';
import { JobProcessorAgent } from './job-processor.agent';

@Module({ providers: [JobProcessorAgent], exports: [JobProcessorAgent] })
export class JobProcessorModule {}
