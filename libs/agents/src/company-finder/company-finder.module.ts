import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { CompanyFinderAgent } from './company-finder.agent';
import { COMPANY_FINDER_OPTIONS } from './company-finder.types';
import type { CompanyFinderOptions } from './company-finder.types';

@Module({
  providers: [CompanyFinderAgent],
  exports: [CompanyFinderAgent],
})
export class CompanyFinderModule {
  /** Same module with explicit options, e.g. another registry file. */
  static withOptions(options: CompanyFinderOptions): DynamicModule {
    return {
      module: CompanyFinderModule,
      providers: [{ provide: COMPANY_FINDER_OPTIONS, useValue: options }, CompanyFinderAgent],
      exports: [CompanyFinderAgent],
    };
  }
}
