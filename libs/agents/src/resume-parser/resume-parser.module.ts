import { Module } from '@nestjs/common';
import { LlmModule } from '@job-hunter/llm';
import { ResumeParserAgent } from './resume-parser.agent';

@Module({ imports: [LlmModule], providers: [ResumeParserAgent], exports: [ResumeParserAgent] })
export class ResumeParserModule {}
