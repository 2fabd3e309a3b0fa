export { PrefsParserAgent, type PrefsInput } from './prefs-parser.agent';
export { PrefsParserModule } from './prefs-parser.module';
