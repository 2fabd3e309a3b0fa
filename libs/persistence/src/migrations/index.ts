import { InitialSchema1767225600000 } from './initial-schema.migration';

/** In order of application. Listed explicitly (no globs): the code is bundled. */
export const MIGRATIONS = [InitialSchema1767225600000];
