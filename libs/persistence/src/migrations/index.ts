import { InitialSchema1767225600000 } from './initial-schema.migration';
import { ScrapeCacheAndSightings1767312000000 } from './scrape-cache.migration';
import { CompanyProbes1767398400000 } from './company-probes.migration';
import { LlmResponseCache1767484800000 } from './llm-response-cache.migration';
import { RunHeartbeat1767571200000 } from './run-heartbeat.migration';
import { HostLeases1767661200000 } from './host-leases.migration';
import { RunInputs1767747600000 } from './run-inputs.migration';
import { JobMarks1767834000000 } from './job-marks.migration';
import { SavedSearches1767921000000 } from './saved-searches.migration';
import { SearchHistory1768007400000 } from './search-history.migration';
import { Applications1768093800000 } from './applications.migration';

/** In order of application. Listed explicitly (no globs): the code is bundled. */
export const MIGRATIONS = [
  InitialSchema1767225600000,
  ScrapeCacheAndSightings1767312000000,
  CompanyProbes1767398400000,
  LlmResponseCache1767484800000,
  RunHeartbeat1767571200000,
  HostLeases1767661200000,
  RunInputs1767747600000,
  JobMarks1767834000000,
  SavedSearches1767921000000,
  SearchHistory1768007400000,
  Applications1768093800000,
];
