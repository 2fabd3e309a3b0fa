export { ResumeParserAgent } from './resume-parser.agent';
export type { ResumeFile } from './resume-file.reader';
export { ResumeParserModule } from './resume-parser.module';
