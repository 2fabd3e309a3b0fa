import { emptyPreferences, readingOf, type Understanding } from '@job-hunter/domain';
import type { SearchScheduleView } from '@job-hunter/orchestration';
import type { SavedSearch } from '@job-hunter/persistence';
import { nextRunsLine, searchDetails } from './search-text';

const NEXT_DUE = '2026-12-07T07:00:00.000Z';

function search(extra: Partial<SavedSearch> = {}): SavedSearch {
  return {
    id: 'search-1',
    name: 'daily',
    resume: { name: 'resume.pdf', sha256: 'ab'.repeat(32), data: Buffer.from('%PDF') },
    prefs: { text: 'backend in Berlin' },
    understanding: { reading: readingOf(emptyPreferences()) } as Understanding,
    options: {},
    schedule: { everyMs: 86_400_000 },
    nextDueAt: NEXT_DUE,
    paused: false,
    createdAt: '2026-12-06T07:00:00.000Z',
    updatedAt: '2026-12-06T07:00:00.000Z',
    ...extra,
  } as SavedSearch;
}

function schedule(nextRuns: string[], paused = false): SearchScheduleView {
  return { paused, nextRuns, recentRuns: [], skippedOverlap: 0 };
}

describe('search show: when the search runs next', () => {
  it("prints the cron path's next slot from the database without Temporal, and nothing for a search by hand", () => {
    expect(nextRunsLine(search(), { on: 'database' })).toBe(`Next due: ${NEXT_DUE}`);
    expect(nextRunsLine(search({ schedule: undefined, nextDueAt: undefined }), { on: 'database' })).toBeUndefined();
    expect(searchDetails(search()).split('\n')).toContain(`Next due: ${NEXT_DUE}`);
  });

  it("prints the Temporal Schedule's next run times under Temporal, not the database's slot", () => {
    const times = ['2026-12-07T09:30:00.000Z', '2026-12-08T09:30:00.000Z'];
    const details = searchDetails(search(), { on: 'temporal', schedule: schedule(times) }).split('\n');
    expect(details).toContain(`Next runs (Temporal Schedule): ${times.join(', ')}`);
    expect(details.join('\n')).not.toContain(NEXT_DUE);
    expect(nextRunsLine(search(), { on: 'temporal', schedule: schedule([], true) })).toBe(
      'Next runs (Temporal Schedule, paused): none',
    );
  });

  it('says when Temporal has no schedule for a scheduled search, or could not be asked', () => {
    expect(nextRunsLine(search(), { on: 'temporal', schedule: undefined })).toBe(
      'Next runs (Temporal Schedule): none, it has no schedule there',
    );
    expect(nextRunsLine(search({ schedule: undefined }), { on: 'temporal', schedule: undefined })).toBeUndefined();
    expect(nextRunsLine(search(), { on: 'temporal', unreadable: 'connection refused' })).toBe(
      'Next runs (Temporal Schedule): unknown, connection refused',
    );
  });
});
