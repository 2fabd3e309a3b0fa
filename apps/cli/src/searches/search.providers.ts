import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '@job-hunter/config';
import { TemporalClientFactory } from '@job-hunter/orchestration';
import { SEARCH_SUBCOMMANDS, SearchCommand } from './search.command';
import { SEARCH_SCHEDULES } from './search-schedule-sync';
import { searchScheduleSync } from './temporal-schedule-sync';
import { SearchService } from './search.service';

/** The `search` commands and what they use, for the CLI module. */
export const SEARCH_PROVIDERS: Provider[] = [
  SearchService,
  SearchCommand,
  ...SEARCH_SUBCOMMANDS,
  { provide: SEARCH_SCHEDULES, inject: [APP_CONFIG, TemporalClientFactory], useFactory: searchScheduleSync },
];
