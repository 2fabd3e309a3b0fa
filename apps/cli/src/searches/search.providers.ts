import type { Provider } from '@nestjs/common';
import { SEARCH_SUBCOMMANDS, SearchCommand } from './search.command';
import { NO_SCHEDULES, SEARCH_SCHEDULES } from './search-schedule-sync';
import { SearchService } from './search.service';

/** The `search` commands and what they use, for the CLI module. */
export const SEARCH_PROVIDERS: Provider[] = [
  SearchService,
  SearchCommand,
  ...SEARCH_SUBCOMMANDS,
  { provide: SEARCH_SCHEDULES, useValue: NO_SCHEDULES },
];
