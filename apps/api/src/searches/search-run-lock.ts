import { randomBytes } from 'node:crypto';
import { keepSearchLock, takeSearchLock, type SavedSearchRepository } from '@job-hunter/persistence';
import { ApiError } from '../errors/api-error';
import type { RunEvents } from '../runs/run-events';

/**
 * The database lock of a saved search while the API runs it, the lock `search run NAME` and
 * `search run --due` take: taken when the run is asked for (409 SEARCH_BUSY when another process
 * holds it), renewed while the run lasts and freed when it ends (or is cancelled). A run this
 * process no longer follows (an API restarted with it queued) lets the lock expire instead.
 */
export class SearchRunLock {
  /** This API process, as the holder of the locks it takes. */
  private readonly owner = `api-${process.pid}-${randomBytes(6).toString('hex')}`;

  constructor(private readonly events: RunEvents) {}

  /** Takes the search's lock, or throws 409 SEARCH_BUSY. */
  async take(searches: SavedSearchRepository, searchId: string, name: string): Promise<void> {
    if (!(await takeSearchLock(searches, searchId, this.owner))) {
      throw new ApiError(409, 'SEARCH_BUSY', `Search "${name}" is running already (another run holds it); try later.`);
    }
  }

  /** Frees the search's lock (its run was not queued after all). */
  async free(searches: SavedSearchRepository, searchId: string): Promise<void> {
    await searches.unlock(searchId, this.owner);
  }

  /** Keeps the search's lock while `runId` lasts, and frees it when the run ends. */
  holdFor(searches: SavedSearchRepository, searchId: string, runId: string): void {
    const stopRenewing = keepSearchLock(searches, searchId, this.owner);
    const stop = this.events.subscribe(runId, (event) => {
      if (event.type !== 'end') return;
      stop();
      stopRenewing();
      void this.free(searches, searchId).catch(() => undefined);
    });
  }
}
