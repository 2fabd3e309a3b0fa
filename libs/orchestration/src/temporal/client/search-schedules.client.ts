import { type Client, ScheduleAlreadyRunning, ScheduleNotFoundError } from '@temporalio/client';
import type { TemporalConfig } from '@job-hunter/config';
import type { ClosableConnection } from './temporal-connection.factory';
import {
  searchScheduleOptions,
  type ScheduledSearch,
  type SearchScheduleView,
  type SearchSchedules,
} from './search-schedules';

/** SearchSchedules over `@temporalio/client`'s schedule client, on one open connection. */
export class TemporalSearchSchedules implements SearchSchedules {
  constructor(
    private readonly client: Pick<Client, 'schedule'>,
    private readonly connection: ClosableConnection,
    private readonly temporal: TemporalConfig,
  ) {}

  async save(search: ScheduledSearch): Promise<void> {
    const { scheduleId, ...options } = searchScheduleOptions(search, this.temporal);
    try {
      await this.client.schedule.create({ scheduleId, ...options });
    } catch (e) {
      if (!(e instanceof ScheduleAlreadyRunning)) throw e;
      await this.client.schedule.getHandle(scheduleId).update(() => ({ ...options, state: options.state ?? {} }));
    }
  }

  pause(searchId: string, note?: string): Promise<void> {
    return this.client.schedule.getHandle(searchId).pause(note);
  }

  resume(searchId: string, note?: string): Promise<void> {
    return this.client.schedule.getHandle(searchId).unpause(note);
  }

  async delete(searchId: string): Promise<boolean> {
    try {
      await this.client.schedule.getHandle(searchId).delete();
      return true;
    } catch (e) {
      if (e instanceof ScheduleNotFoundError) return false;
      throw e;
    }
  }

  async describe(searchId: string): Promise<SearchScheduleView | undefined> {
    try {
      const { state, info } = await this.client.schedule.getHandle(searchId).describe();
      return {
        paused: state.paused,
        ...(state.note ? { note: state.note } : {}),
        nextRuns: info.nextActionTimes.map((t) => t.toISOString()),
        recentRuns: info.recentActions.map((a) => ({
          scheduledAt: a.scheduledAt.toISOString(),
          workflowId: a.action.workflow.workflowId,
        })),
        skippedOverlap: info.numActionsSkippedOverlap,
      };
    } catch (e) {
      if (e instanceof ScheduleNotFoundError) return undefined;
      throw e;
    }
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
