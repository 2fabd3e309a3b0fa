import { BoardResponseEntity } from './board-response.entity';
import { CheckpointEntity } from './checkpoint.entity';
import { CompanyProbeEntity } from './company-probe.entity';
import { JobSightingEntity } from './job-sighting.entity';
import { LlmResponseEntity } from './llm-response.entity';
import { RunEntity } from './run.entity';
import { RunInputEntity } from './run-input.entity';

export {
  BoardResponseEntity,
  CheckpointEntity,
  CompanyProbeEntity,
  JobSightingEntity,
  LlmResponseEntity,
  RunEntity,
  RunInputEntity,
};

/** Listed explicitly (no globs): the code is bundled. */
export const ENTITIES = [
  RunEntity,
  CheckpointEntity,
  BoardResponseEntity,
  JobSightingEntity,
  CompanyProbeEntity,
  LlmResponseEntity,
  RunInputEntity,
];
