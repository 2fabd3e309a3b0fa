import type { AppConfig } from '@job-hunter/config';
import type { SearchSchedules } from '../temporal/client/search-schedules';
import type { TemporalClientFactory } from '../temporal/client/temporal-client.factory';
import { NO_SCHEDULES } from './search-schedule-sync';
import { searchScheduleSync } from './temporal-schedule-sync';

function fakeClients(): { clients: TemporalClientFactory; calls: string[] } {
  const calls: string[] = [];
  const schedules: SearchSchedules = {
    save: async (s) => void calls.push(`save ${s.id}`),
    pause: async (id) => void calls.push(`pause ${id}`),
    resume: async (id) => void calls.push(`resume ${id}`),
    delete: async (id) => (calls.push(`delete ${id}`), true),
    describe: async (id) => (calls.push(`describe ${id}`), undefined),
    close: async () => void calls.push('close'),
  };
  const clients = { openSchedules: async () => (calls.push('open'), schedules) } as unknown as TemporalClientFactory;
  return { clients, calls };
}

describe('searchScheduleSync', () => {
  it('keeps no schedules on the checkpoint pipeline (the cron path reads the database)', () => {
    const { clients } = fakeClients();
    expect(searchScheduleSync({ orchestrator: 'checkpoint' } as AppConfig, clients)).toBe(NO_SCHEDULES);
  });

  it('on Temporal, makes each call on a connection of its own and closes it', async () => {
    const { clients, calls } = fakeClients();
    const sync = searchScheduleSync({ orchestrator: 'temporal' } as AppConfig, clients);
    await sync.save({ id: 's1', schedule: { everyMs: 60_000 } });
    await sync.pause('s1');
    await sync.resume('s1');
    expect(await sync.delete('s1')).toBe(true);
    expect(await sync.describe('s1')).toBeUndefined();
    expect(calls).toEqual([
      ...['open', 'save s1', 'close'],
      ...['open', 'pause s1', 'close'],
      ...['open', 'resume s1', 'close'],
      ...['open', 'delete s1', 'close'],
      ...['open', 'describe s1', 'close'],
    ]);
  });
});
