import { SEARCH_LOCK_MS, SEARCH_LOCK_RENEW_MS } from './saved-search.repository';
import { keepSearchLock } from './search-lock-renewal';

describe('keepSearchLock', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2026-12-06T07:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('renews the lock every minute to ten minutes ahead, through a failed renewal, until stopped', async () => {
    const calls: Array<[string, string, string]> = [];
    let fail = true;
    const searches = {
      renewLock: async (id: string, owner: string, expiresAt: Date): Promise<boolean> => {
        calls.push([id, owner, expiresAt.toISOString()]);
        if (fail) {
          fail = false;
          throw new Error('database busy');
        }
        return true;
      },
    };
    const stop = keepSearchLock(searches, 's1', 'me');
    await jest.advanceTimersByTimeAsync(SEARCH_LOCK_RENEW_MS * 2);
    stop();
    await jest.advanceTimersByTimeAsync(SEARCH_LOCK_RENEW_MS * 3);
    const expiry = (minutes: number): string =>
      new Date(Date.parse('2026-12-06T07:00:00Z') + minutes * 60_000 + SEARCH_LOCK_MS).toISOString();
    expect(calls).toEqual([
      ['s1', 'me', expiry(1)],
      ['s1', 'me', expiry(2)],
    ]);
  });
});
