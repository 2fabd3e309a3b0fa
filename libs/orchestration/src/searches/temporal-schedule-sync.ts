import type { AppConfig } from '@job-hunter/config';
import type { SearchSchedules } from '../temporal/client/search-schedules';
import type { TemporalClientFactory } from '../temporal/client/temporal-client.factory';
import { NO_SCHEDULES, type SearchScheduleSync } from './search-schedule-sync';

/**
 * The `search` commands' schedule calls: on Temporal Schedules when the orchestrator is Temporal
 * (JH_ORCHESTRATOR=temporal), each call one connection and one request; else none (the cron path).
 */
export function searchScheduleSync(config: AppConfig, clients: TemporalClientFactory): SearchScheduleSync {
  if (config.orchestrator !== 'temporal') return NO_SCHEDULES;
  const once = async <T>(call: (schedules: SearchSchedules) => Promise<T>): Promise<T> => {
    const schedules = await clients.openSchedules();
    try {
      return await call(schedules);
    } finally {
      await schedules.close();
    }
  };
  return {
    save: (search) => once((s) => s.save(search)),
    pause: (searchId) => once((s) => s.pause(searchId)),
    resume: (searchId) => once((s) => s.resume(searchId)),
    delete: (searchId) => once((s) => s.delete(searchId)),
    describe: (searchId) => once((s) => s.describe(searchId)),
  };
}
