import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '@job-hunter/config';
import { SEARCH_SCHEDULES, TemporalClientFactory, searchScheduleSync } from '@job-hunter/orchestration';
import { SEARCH_SUBCOMMANDS, SearchCommand } from './search.command';
import { SearchService } from './search.service';

/** The `search` commands and what they use, for the CLI module. */
export const SEARCH_PROVIDERS: Provider[] = [
  SearchService,
  SearchCommand,
  ...SEARCH_SUBCOMMANDS,
  { provide: SEARCH_SCHEDULES, inject: [APP_CONFIG, TemporalClientFactory], useFactory: searchScheduleSync },
];
