import { Module } from '@nestjs/common';
import { LlmModule } from '@job-hunter/llm';
import { PrefsParserAgent } from './prefs-parser.agent';

@Module({ imports: [LlmModule], providers: [PrefsParserAgent], exports: [PrefsParserAgent] })
export class PrefsParserModule {}
