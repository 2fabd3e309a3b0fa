import { Module } from '@nestjs/common';
import { PrefsParserAgent } from './prefs-parser.agent';

@Module({ providers: [PrefsParserAgent], exports: [PrefsParserAgent] })
export class PrefsParserModule {}
