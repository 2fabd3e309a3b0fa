import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { JobBoardsModule } from '@job-hunter/job-boards';
import { LlmModule } from '@job-hunter/llm';
import { BoardProber } from './board-prober';
import { CompanyFinderAgent } from './company-finder.agent';
import { COMPANY_FINDER_OPTIONS } from './company-finder.types';
import type { CompanyFinderOptions } from './company-finder.types';
import { CompanySuggester } from './company-suggester';

const PROVIDERS = [CompanyFinderAgent, CompanySuggester, BoardProber];

/** The company finder; needs APP_CONFIG from a global config module (board HTTP and the LLM client). */
@Module({
  imports: [JobBoardsModule, LlmModule],
  providers: PROVIDERS,
  exports: [CompanyFinderAgent, BoardProber],
})
export class CompanyFinderModule {
  /** Same module with explicit options, e.g. another registry file. */
  static withOptions(options: CompanyFinderOptions): DynamicModule {
    return {
      module: CompanyFinderModule,
      providers: [{ provide: COMPANY_FINDER_OPTIONS, useValue: options }, ...PROVIDERS],
      exports: [CompanyFinderAgent, BoardProber],
    };
  }
}
