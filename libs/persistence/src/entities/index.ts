import { CheckpointEntity } from './checkpoint.entity';
import { RunEntity } from './run.entity';

export { CheckpointEntity, RunEntity };

/** Listed explicitly (no globs): the code is bundled. */
export const ENTITIES = [RunEntity, CheckpointEntity];
