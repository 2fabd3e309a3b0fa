import { RunEvents, type RunEvent } from './run-events';

describe('RunEvents', () => {
  it("turns a run's hooks into its events, for its followers only, until it ends", () => {
    const events = new RunEvents();
    const seen: RunEvent[] = [];
    const other: RunEvent[] = [];
    events.subscribe('a', (e) => seen.push(e));
    events.subscribe('b', (e) => other.push(e));
    const hooks = events.hooksFor('a');
    expect([events.isLive('a'), events.isLive('b')]).toEqual([true, false]);
    hooks.onStageStart?.('scrapeJobs');
    hooks.onScrapeProgress?.(2, 15, 'Acme');
    hooks.onNotice?.('Two companies were listed twice.');
    hooks.onStageDone?.('scrapeJobs', '15 companies');
    expect(events.progressOf('a')).toEqual({ companiesDone: 2, companiesTotal: 15 });
    events.end('a', 'success');
    hooks.onNotice?.('too late');
    expect(seen).toEqual([
      { type: 'stage', data: { stage: 'scrapeJobs', state: 'started', summary: null } },
      { type: 'progress', data: { done: 2, total: 15, company: 'Acme' } },
      { type: 'notice', data: { message: 'Two companies were listed twice.' } },
      { type: 'stage', data: { stage: 'scrapeJobs', state: 'done', summary: '15 companies' } },
      { type: 'end', data: { status: 'success' } },
    ]);
    expect(other).toEqual([]);
    expect(events.progressOf('a')).toBeUndefined();
    expect(events.isLive('a')).toBe(false);
  });

  it('stops calling a follower that unsubscribed', () => {
    const events = new RunEvents();
    const seen: RunEvent[] = [];
    const unsubscribe = events.subscribe('a', (e) => seen.push(e));
    unsubscribe();
    events.hooksFor('a').onNotice?.('hello');
    expect(seen).toEqual([]);
  });
});
