import { BoardResponseEntity } from './board-response.entity';
import { BoardScrapeEntity } from './board-scrape.entity';
import { CheckpointEntity } from './checkpoint.entity';
import { CompanyProbeEntity } from './company-probe.entity';
import { JobMarkEntity } from './job-mark.entity';
import { JobSightingEntity } from './job-sighting.entity';
import { LlmResponseEntity } from './llm-response.entity';
import { RunEntity } from './run.entity';
import { RunInputEntity } from './run-input.entity';
import { SearchJobEntity } from './search-job.entity';
import { SearchLastRunEntity } from './search-run.entity';
import { SavedSearchEntity } from './saved-search.entity';
import { ShortlistedJobEntity } from './shortlisted-job.entity';

export {
  BoardResponseEntity,
  BoardScrapeEntity,
  CheckpointEntity,
  CompanyProbeEntity,
  JobMarkEntity,
  JobSightingEntity,
  LlmResponseEntity,
  RunEntity,
  RunInputEntity,
  SavedSearchEntity,
  ShortlistedJobEntity,
  SearchJobEntity,
  SearchLastRunEntity,
};

/** Listed explicitly (no globs): the code is bundled. */
export const ENTITIES = [
  RunEntity,
  CheckpointEntity,
  BoardResponseEntity,
  JobSightingEntity,
  BoardScrapeEntity,
  CompanyProbeEntity,
  LlmResponseEntity,
  RunInputEntity,
  JobMarkEntity,
  ShortlistedJobEntity,
  SavedSearchEntity,
  SearchJobEntity,
  SearchLastRunEntity,
];
