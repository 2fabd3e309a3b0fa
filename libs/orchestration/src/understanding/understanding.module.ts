import { Module } from '@nestjs/common';
import { PrefsParserModule, ResumeParserModule } from '@job-hunter/agents';
import { UnderstandingReader } from './understanding-reader';

@Module({
  imports: [ResumeParserModule, PrefsParserModule],
  providers: [UnderstandingReader],
  exports: [UnderstandingReader],
})
export class UnderstandingModule {}
