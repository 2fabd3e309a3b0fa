import { JobHunterError, type ResultJob, type RunResult } from '@job-hunter/domain';
import type { StoredJobMark, StoredRun } from '@job-hunter/persistence';
import { JobMarkBook, applicationView, type JobMarkStores } from './job-mark-book';

const job = (rank: number): ResultJob =>
  ({
    rank,
    jobKey: `key-${rank}`,
    title: `Engineer ${rank}`,
    company: 'Acme',
    applyUrl: `https://jobs.lever.co/acme/${rank}`,
  }) as ResultJob;

const runs: Record<string, Partial<StoredRun>> = {
  done: { status: 'success', result: { jobs: [job(1), job(2)] } as RunResult },
  going: { status: 'running', result: null },
};

describe('JobMarkBook', () => {
  let stored: Map<string, StoredJobMark>;
  let book: JobMarkBook;

  beforeEach(() => {
    stored = new Map();
    const newestFirst = (state?: string): StoredJobMark[] =>
      [...stored.values()].filter((m) => !state || m.state === state).reverse();
    const stores: JobMarkStores = {
      runs: { get: async (id) => (runs[id] as StoredRun | undefined) ?? null },
      marks: {
        put: async (mark) => {
          const kept = { ...mark, updatedAt: `2026-03-0${stored.size + 1}T00:00:00.000Z` };
          stored.set(mark.jobKey, kept);
          return kept;
        },
        delete: async (jobKey) => stored.delete(jobKey),
        list: async (state) => newestFirst(state),
        // The cursor is the index of the next mark here (the repository's is opaque).
        page: async (limit, { state, before } = {}) => {
          const all = newestFirst(state);
          const from = before === undefined ? 0 : Number(before);
          return {
            marks: all.slice(from, from + limit),
            next: from + limit < all.length ? String(from + limit) : null,
          };
        },
      },
      sightings: {
        seen: async (keys) =>
          new Map(
            keys
              .filter((key) => key === 'key-1')
              .map((key) => [
                key,
                { lastSeenAt: '2026-03-01T07:00:00.000Z', lastScrapedAt: '2026-03-02T07:00:00.000Z' },
              ]),
          ),
      },
    };
    book = new JobMarkBook(stores);
  });

  const codeOf = (work: Promise<unknown>): Promise<string> =>
    work.then(
      () => 'no error',
      (e: unknown) => (e instanceof JobHunterError && e.isUserError ? e.code : String(e)),
    );

  it('marks the job at a rank by its jobKey, with the run’s view of it, the note trimmed', async () => {
    const mark = await book.mark('done', 2, { state: 'applied', at: '2026-02-28', note: '  Referral  ' });
    expect(mark).toMatchObject({
      jobKey: 'key-2',
      state: 'applied',
      at: '2026-02-28',
      note: 'Referral',
      title: 'Engineer 2',
      company: 'Acme',
      applyUrl: 'https://jobs.lever.co/acme/2',
      runId: 'done',
    });
    expect((await book.mark('done', 1, { state: 'saved', note: '   ' })).note).toBeNull();
    expect((await book.mark('done', 1, { state: 'saved' })).at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists the marks of a state with each job’s board state', async () => {
    await book.mark('done', 1, { state: 'applied', at: '2026-02-28' });
    await book.mark('done', 2, { state: 'applied', at: '2026-03-01' });
    await book.mark('done', 2, { state: 'hidden' });
    const applied = (await book.list('applied')).map(applicationView);
    expect(applied).toHaveLength(1);
    expect(applied[0]).not.toHaveProperty('updatedAt');
    expect(applied[0]).toMatchObject({
      jobKey: 'key-1',
      board: { state: 'gone', lastSeenAt: '2026-03-01T07:00:00.000Z', lastScrapedAt: '2026-03-02T07:00:00.000Z' },
    });
    expect((await book.list('hidden'))[0]?.board).toEqual({ state: 'unknown', lastSeenAt: null, lastScrapedAt: null });
    await book.unmark('done', 1);
    expect(await book.list('applied')).toEqual([]);
  });

  it('lists a page of marks with each job’s board state and the cursor of the next page', async () => {
    await book.mark('done', 1, { state: 'applied', at: '2026-02-28' });
    await book.mark('done', 2, { state: 'saved' });
    const first = await book.page(1);
    expect(first.applications.map((a) => a.jobKey)).toEqual(['key-2']);
    expect(first.applications[0]?.board.state).toBe('unknown');
    expect(first.next).toBe('1');
    const last = await book.page(1, { before: first.next ?? undefined });
    expect(last).toEqual({ applications: [expect.objectContaining({ jobKey: 'key-1' })], next: null });
    expect(last.applications[0]?.board.state).toBe('gone');
    expect(await book.page(5, { state: 'applied' })).toMatchObject({ applications: [{ jobKey: 'key-1' }], next: null });
    expect(await codeOf(book.page(5, { state: 'liked' as never }))).toBe('INVALID_INPUT');
  });

  it.each([
    ['an unknown run', 'nope', 1, {}, 'RUN_NOT_FOUND'],
    ['a run still going', 'going', 1, {}, 'RUN_NOT_FINISHED'],
    ['a rank the shortlist lacks', 'done', 3, {}, 'JOB_NOT_FOUND'],
    ['an unknown state', 'done', 1, { state: 'liked' }, 'INVALID_INPUT'],
    ['a day that does not exist', 'done', 1, { at: '2026-02-30' }, 'INVALID_INPUT'],
    ['a day in another form', 'done', 1, { at: '28/02/2026' }, 'INVALID_INPUT'],
    ['a note over 2000 characters', 'done', 1, { note: 'x'.repeat(2001) }, 'INVALID_INPUT'],
  ])('refuses %s as bad input, storing nothing', async (_what, runId, rank, over, code) => {
    const request = { state: 'applied', ...over } as Parameters<JobMarkBook['mark']>[2];
    expect(await codeOf(book.mark(runId, rank, request))).toBe(code);
    expect(stored.size).toBe(0);
  });

  it('refuses an unknown state to list, and an unmark of a run still going', async () => {
    expect(await codeOf(book.list('liked' as never))).toBe('INVALID_INPUT');
    expect(await codeOf(book.unmark('going', 1))).toBe('RUN_NOT_FINISHED');
  });
});
