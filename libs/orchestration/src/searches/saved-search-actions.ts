import type { NewSavedSearch, SavedSearch, SavedSearchRepository } from '@job-hunter/persistence';
import type { SearchScheduleSync } from './search-schedule-sync';

/**
 * What changes a stored search, for the `search` commands and the API's /searches alike: the row
 * and its Temporal Schedule (when it has one) kept in step.
 */
export class SavedSearchActions {
  constructor(
    private readonly searches: SavedSearchRepository,
    private readonly schedules: SearchScheduleSync,
  ) {}

  /** Stores it; a schedule Temporal refused leaves no search behind. */
  async save(search: NewSavedSearch): Promise<SavedSearch> {
    const saved = await this.searches.create(search);
    if (saved.schedule)
      await this.schedules.save(saved).catch(async (e: unknown) => {
        await this.searches.delete(saved.id);
        throw e;
      });
    return saved;
  }

  async delete(search: SavedSearch): Promise<void> {
    await this.schedules.delete(search.id);
    await this.searches.delete(search.id);
  }

  async setPaused(search: SavedSearch, paused: boolean): Promise<void> {
    await this.searches.setPaused(search.id, paused);
    if (search.schedule) await (paused ? this.schedules.pause(search.id) : this.schedules.resume(search.id));
  }
}

/** A search as shown (search show --json, GET /searches): as stored, the resume's bytes left out. */
export function searchView(search: SavedSearch): Omit<SavedSearch, 'resume'> & {
  resume: { name: string; sha256: string; size: number };
} {
  const { resume, ...rest } = search;
  return { ...rest, resume: { name: resume.name, sha256: resume.sha256, size: resume.data.length } };
}
