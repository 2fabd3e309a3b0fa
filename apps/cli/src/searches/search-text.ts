import type { SavedSearch } from '@job-hunter/persistence';
import { readingText } from '@job-hunter/domain';
import { scheduleText, searchView, type SearchScheduleView } from '@job-hunter/orchestration';

/** One line per search for `search list`. */
export function searchLine(search: SavedSearch): string {
  const state = search.paused ? 'paused' : search.nextDueAt ? `next ${search.nextDueAt}` : 'by hand';
  const last = search.lastRunId ? `last run ${search.lastRunId}` : 'never run';
  return `${search.name}  ${scheduleText(search.schedule)}  ${state}  ${last}`;
}

/**
 * Where `search show` finds when the search runs next: its Temporal Schedule (under Temporal), or
 * the cron path's next slot in the database; `unreadable` says why Temporal could not be asked.
 */
export type NextRuns =
  | { on: 'temporal'; schedule: SearchScheduleView | undefined }
  | { on: 'temporal'; unreadable: string }
  | { on: 'database' };

/** `search show`'s line on when the search runs next, if any. */
export function nextRunsLine(search: SavedSearch, next: NextRuns): string | undefined {
  if (next.on === 'database') return search.nextDueAt ? `Next due: ${search.nextDueAt}` : undefined;
  if ('unreadable' in next) return `Next runs (Temporal Schedule): unknown, ${next.unreadable}`;
  if (!next.schedule)
    return search.schedule ? 'Next runs (Temporal Schedule): none, it has no schedule there' : undefined;
  const times = next.schedule.nextRuns.join(', ') || 'none';
  return `Next runs (Temporal Schedule${next.schedule.paused ? ', paused' : ''}): ${times}`;
}

/** `search show` without --json. */
export function searchDetails(search: SavedSearch, next: NextRuns = { on: 'database' }): string {
  const nextLine = nextRunsLine(search, next);
  const { options, understanding } = search;
  const given = Object.entries(options)
    .filter(([key]) => key !== 'companies')
    .map(([key, value]) => `${key}=${String(value)}`);
  if (options.companies) given.unshift(`companies=${options.companies.name}`);
  return [
    `Search ${search.name} (${search.id})`,
    `Resume: ${search.resume.name} (sha256 ${search.resume.sha256.slice(0, 12)}…, ${search.resume.data.length} bytes)`,
    search.prefs.fileName ? `Preferences file: ${search.prefs.fileName}` : `Preferences: ${search.prefs.text}`,
    `What we understood: ${readingText(understanding.reading, understanding.filledFromResume)}`,
    `Options: ${given.join(', ') || 'none'}`,
    `Schedule: ${scheduleText(search.schedule)}${search.paused ? ', paused' : ''}`,
    ...(nextLine ? [nextLine] : []),
    `Last run: ${search.lastRunId ? `${search.lastRunId} at ${search.lastRunAt}` : 'none yet'}`,
  ].join('\n');
}

/** `search show --json`: the search as stored, the resume's bytes left out. */
export function searchJson(search: SavedSearch): string {
  return JSON.stringify(searchView(search), null, 2);
}
