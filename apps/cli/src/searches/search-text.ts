import type { SavedSearch } from '@job-hunter/persistence';
import { readingText } from '@job-hunter/domain';
import { scheduleText, searchView } from '@job-hunter/orchestration';

/** One line per search for `search list`. */
export function searchLine(search: SavedSearch): string {
  const state = search.paused ? 'paused' : search.nextDueAt ? `next ${search.nextDueAt}` : 'by hand';
  const last = search.lastRunId ? `last run ${search.lastRunId}` : 'never run';
  return `${search.name}  ${scheduleText(search.schedule)}  ${state}  ${last}`;
}

/** `search show` without --json. */
export function searchDetails(search: SavedSearch): string {
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
    ...(search.nextDueAt ? [`Next due: ${search.nextDueAt}`] : []),
    `Last run: ${search.lastRunId ? `${search.lastRunId} at ${search.lastRunAt}` : 'none yet'}`,
  ].join('\n');
}

/** `search show --json`: the search as stored, the resume's bytes left out. */
export function searchJson(search: SavedSearch): string {
  return JSON.stringify(searchView(search), null, 2);
}
