import { boardState } from './board-state';

describe('boardState', () => {
  const monday = '2026-03-02T07:00:00.000Z';
  const tuesday = '2026-03-03T07:00:00.000Z';

  it('is unknown when no recorded scrape listed the job', () => {
    expect(boardState(undefined)).toEqual({ state: 'unknown', lastSeenAt: null, lastScrapedAt: null });
  });

  it('is open while the last complete scrape of its board listed it', () => {
    expect(boardState({ lastSeenAt: tuesday, lastScrapedAt: tuesday })).toEqual({
      state: 'open',
      lastSeenAt: tuesday,
      lastScrapedAt: tuesday,
    });
    // Listed by a partial scrape after the last complete one: still listed.
    expect(boardState({ lastSeenAt: tuesday, lastScrapedAt: monday }).state).toBe('open');
    // Seen, but no complete scrape of its board recorded: nothing says it went.
    expect(boardState({ lastSeenAt: monday, lastScrapedAt: null }).state).toBe('open');
  });

  it('is gone once a later complete scrape of its board no longer lists it, with the day last seen', () => {
    expect(boardState({ lastSeenAt: monday, lastScrapedAt: tuesday })).toEqual({
      state: 'gone',
      lastSeenAt: monday,
      lastScrapedAt: tuesday,
    });
  });
});
