export { PrefsParserAgent, type PrefsInput, type PrefsReading } from './prefs-parser.agent';
export { PrefsParserModule } from './prefs-parser.module';
