import { BoardResponseEntity } from './board-response.entity';
import { CheckpointEntity } from './checkpoint.entity';
import { JobSightingEntity } from './job-sighting.entity';
import { RunEntity } from './run.entity';

export { BoardResponseEntity, CheckpointEntity, JobSightingEntity, RunEntity };

/** Listed explicitly (no globs): the code is bundled. */
export const ENTITIES = [RunEntity, CheckpointEntity, BoardResponseEntity, JobSightingEntity];
