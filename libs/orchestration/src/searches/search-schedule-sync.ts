import type { SearchSchedule } from '@job-hunter/persistence';
import type { SearchScheduleView } from '../temporal/client/search-schedules';

/**
 * The Temporal side of a saved search's schedule, as the `search` commands and the API's /searches call it: a schedule
 * per search (id = the search's id) created, paused, resumed and deleted with the search. The
 * orchestration library's SearchSchedules fits it; without Temporal configured it is NO_SCHEDULES.
 */
export interface SearchScheduleSync {
  save(search: { id: string; schedule?: SearchSchedule; paused?: boolean }): Promise<void>;
  pause(searchId: string): Promise<void>;
  resume(searchId: string): Promise<void>;
  delete(searchId: string): Promise<unknown>;
  /** The search's schedule as Temporal keeps it (its next run times); undefined without one (or without Temporal). */
  describe(searchId: string): Promise<SearchScheduleView | undefined>;
}

export const SEARCH_SCHEDULES = Symbol('SEARCH_SCHEDULES');

/** Nothing to keep in step: the cron path (`search run --due`) reads the database alone. */
export const NO_SCHEDULES: SearchScheduleSync = {
  save: async () => undefined,
  pause: async () => undefined,
  resume: async () => undefined,
  delete: async () => undefined,
  describe: async () => undefined,
};
