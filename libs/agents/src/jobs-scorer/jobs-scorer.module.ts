import { Module } from '@nestjs/common';
import { LlmModule } from '@job-hunter/llm';
import { JobsScorerAgent } from './jobs-scorer.agent';

@Module({ imports: [LlmModule], providers: [JobsScorerAgent], exports: [JobsScorerAgent] })
export class JobsScorerModule {}
