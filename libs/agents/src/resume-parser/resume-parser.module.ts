import { Module } from '@nestjs/common';
import { ResumeParserAgent } from './resume-parser.agent';

@Module({ providers: [ResumeParserAgent], exports: [ResumeParserAgent] })
export class ResumeParserModule {}
