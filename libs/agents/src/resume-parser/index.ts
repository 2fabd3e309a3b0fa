export { ResumeParserAgent } from './resume-parser.agent';
export { ResumeParserModule } from './resume-parser.module';
