import { SEARCH_LOCK_MS, SEARCH_LOCK_RENEW_MS } from './saved-search.repository';
import type { SavedSearchRepository } from './saved-search.repository';

/**
 * Takes a saved search's lock for `owner`, to expire SEARCH_LOCK_MS from now (see tryLock;
 * `dueBy` for a due run); false when another holder has it.
 */
export function takeSearchLock(
  searches: Pick<SavedSearchRepository, 'tryLock'>,
  searchId: string,
  owner: string,
  dueBy?: Date,
): Promise<boolean> {
  const now = new Date();
  return searches.tryLock(searchId, owner, now, new Date(now.getTime() + SEARCH_LOCK_MS), dueBy);
}

/**
 * Keeps a saved search's lock held by `owner` alive while its run lasts (renewed every minute,
 * to expire ten minutes after the last renewal); returns the function that stops renewing.
 * A failed renewal is left to the next one: the lock only expires if every renewal fails.
 */
export function keepSearchLock(
  searches: Pick<SavedSearchRepository, 'renewLock'>,
  searchId: string,
  owner: string,
): () => void {
  const renew = setInterval(() => {
    void searches.renewLock(searchId, owner, new Date(Date.now() + SEARCH_LOCK_MS)).catch(() => undefined);
  }, SEARCH_LOCK_RENEW_MS);
  renew.unref();
  return () => clearInterval(renew);
}
