import type { NewSavedSearch, SavedSearch, SavedSearchRepository } from '@job-hunter/persistence';
import { SavedSearchActions, searchView } from './saved-search-actions';
import type { SearchScheduleSync } from './search-schedule-sync';

function stored(schedule?: SavedSearch['schedule']): SavedSearch {
  return {
    id: 's1',
    name: 'daily',
    resume: { name: 'cv.pdf', data: Buffer.from('12345'), sha256: 'abc' },
    prefs: { text: 'backend' },
    understanding: {} as SavedSearch['understanding'],
    options: {},
    schedule,
    paused: false,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
}

function fakes(search: SavedSearch, scheduleFails = false) {
  const calls: string[] = [];
  const searches = {
    create: async () => (calls.push('create'), search),
    delete: async (id: string) => (calls.push(`delete ${id}`), true),
    setPaused: async (id: string, paused: boolean) => (calls.push(`paused ${id} ${paused}`), true),
  } as unknown as SavedSearchRepository;
  const schedules: SearchScheduleSync = {
    save: async (s) => {
      calls.push(`schedule save ${s.id}`);
      if (scheduleFails) throw new Error('Temporal is unreachable');
    },
    pause: async (id) => void calls.push(`schedule pause ${id}`),
    resume: async (id) => void calls.push(`schedule resume ${id}`),
    delete: async (id) => void calls.push(`schedule delete ${id}`),
    describe: async () => undefined,
  };
  return { actions: new SavedSearchActions(searches, schedules), calls };
}

describe('SavedSearchActions', () => {
  const input = {} as NewSavedSearch;

  it('stores a search with its schedule, and none for a search run by hand', async () => {
    const daily = fakes(stored({ everyMs: 86_400_000 }));
    await daily.actions.save(input);
    expect(daily.calls).toEqual(['create', 'schedule save s1']);
    const byHand = fakes(stored());
    await byHand.actions.save(input);
    expect(byHand.calls).toEqual(['create']);
  });

  it('leaves no search behind when its schedule is refused', async () => {
    const { actions, calls } = fakes(stored({ cron: '0 7 * * *' }), true);
    await expect(actions.save(input)).rejects.toThrow('Temporal is unreachable');
    expect(calls).toEqual(['create', 'schedule save s1', 'delete s1']);
  });

  it('pauses, resumes and deletes the schedule with the search', async () => {
    const { actions, calls } = fakes(stored({ everyMs: 3_600_000 }));
    await actions.setPaused(stored({ everyMs: 3_600_000 }), true);
    await actions.setPaused(stored({ everyMs: 3_600_000 }), false);
    await actions.setPaused(stored(), true);
    await actions.delete(stored());
    expect(calls).toEqual([
      'paused s1 true',
      'schedule pause s1',
      'paused s1 false',
      'schedule resume s1',
      'paused s1 true',
      'schedule delete s1',
      'delete s1',
    ]);
  });

  it('shows a search without its resume bytes', () => {
    const view = searchView(stored());
    expect(view.resume).toEqual({ name: 'cv.pdf', sha256: 'abc', size: 5 });
    expect(JSON.stringify(view)).not.toContain('data');
  });
});
