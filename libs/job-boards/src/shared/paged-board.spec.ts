import { JobHunterError } from '@job-hunter/domain';
import type { RawJob } from '@job-hunter/domain';
import { HostLimiter } from '../http/host-semaphore';
import { assembleResult, fetchDetails, readPages, wantedBy } from './paged-board';
import type { Page } from './paged-board';

interface Item {
  id: string | null;
}

/** A board of `count` items served `pageSize` at a time, the total on the first page only. */
function board(count: number, pageSize: number, fail?: (offset: number) => Error | null) {
  const offsets: number[] = [];
  const fetchPage = (offset: number): Promise<Page<Item>> => {
    offsets.push(offset);
    const error = fail?.(offset);
    if (error) return Promise.reject(error);
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, count - offset)) }, (_, k) => ({
      id: `j${offset + k}`,
    }));
    return Promise.resolve({ items, invalid: 0, total: offset === 0 ? count : 0 });
  };
  return { offsets, fetchPage };
}

const keyOf = (item: Item) => item.id;

describe('readPages', () => {
  it('pages until the total given on the first page only', async () => {
    const b = board(45, 20);
    const listing = await readPages({ pageSize: 20, maxItems: 2000, fetchPage: b.fetchPage, keyOf });
    expect(b.offsets).toEqual([0, 20, 40]);
    expect(listing).toMatchObject({ total: 45, invalid: 0, overCap: 0, failure: null });
    expect(listing.items).toHaveLength(45);
  });

  it('stops on an exact last page without asking for an empty one', async () => {
    const b = board(40, 20);
    await readPages({ pageSize: 20, maxItems: 2000, fetchPage: b.fetchPage, keyOf });
    expect(b.offsets).toEqual([0, 20]);
  });

  it('stops when a page repeats (a snapshot replays one page for every offset)', async () => {
    const offsets: number[] = [];
    const same = { items: Array.from({ length: 20 }, (_, k) => ({ id: `j${k}` })), invalid: 0, total: 45 };
    const listing = await readPages({
      pageSize: 20,
      maxItems: 2000,
      fetchPage: (offset) => {
        offsets.push(offset);
        return Promise.resolve(same);
      },
      keyOf,
    });
    expect(offsets).toEqual([0, 20]);
    expect(listing.items).toHaveLength(20);
  });

  it('keeps earlier pages when a later one fails, and throws when the first does', async () => {
    const failing = board(100, 20, (offset) =>
      offset === 20 ? new JobHunterError('BOARD_HTTP_ERROR', 'HTTP 500') : null,
    );
    const listing = await readPages({ pageSize: 20, maxItems: 2000, fetchPage: failing.fetchPage, keyOf });
    expect(listing.items).toHaveLength(20);
    expect(listing.failure?.what).toBe('the list page at offset 20 failed');
    const first = board(100, 20, () => new JobHunterError('BOARD_NOT_FOUND', 'gone'));
    await expect(readPages({ pageSize: 20, maxItems: 2000, fetchPage: first.fetchPage, keyOf })).rejects.toMatchObject({
      code: 'BOARD_NOT_FOUND',
    });
  });

  it('caps the items and counts what the board has beyond the cap', async () => {
    const b = board(130, 20);
    const listing = await readPages({ pageSize: 20, maxItems: 50, fetchPage: b.fetchPage, keyOf });
    expect(listing.items).toHaveLength(50);
    expect(listing.overCap).toBe(80);
    expect(b.offsets).toEqual([0, 20, 40]);
  });

  it('counts items without an identity and drops duplicates across pages', async () => {
    const pages: Record<number, Item[]> = {
      0: [{ id: 'a' }, { id: null }, { id: 'b' }],
      3: [{ id: 'b' }, { id: 'c' }],
    };
    const listing = await readPages({
      pageSize: 3,
      maxItems: 100,
      fetchPage: (offset) =>
        Promise.resolve({ items: pages[offset] ?? [], invalid: offset === 0 ? 1 : 0, total: null }),
      keyOf,
    });
    expect(listing.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(listing.invalid).toBe(2);
  });
});

describe('fetchDetails and assembleResult', () => {
  const job = (id: string, detail: string | undefined): RawJob => ({
    ats: 'workday',
    company: 'Acme',
    board: 'b',
    externalId: id,
    title: detail ?? 'list only',
    url: `https://example.com/${id}`,
    locations: [],
    postedAt: null,
    dateSource: 'unknown',
    fetchedAt: '2026-01-01T00:00:00.000Z',
  });

  it('keeps a job whose detail failed, reports the failure and respects the cap', async () => {
    const items = Array.from({ length: 6 }, (_, k) => ({ id: `j${k}` }));
    let active = 0;
    let peak = 0;
    const details = await fetchDetails(items, new HostLimiter(2), 'host', async (item) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active--;
      if (item.id === 'j3') throw new JobHunterError('BOARD_TIMEOUT', 'too slow');
      return `detail of ${item.id}`;
    });
    expect(peak).toBe(2);
    expect(details.failed).toBe(1);
    const listing = { items, total: 6, invalid: 1, overCap: 0, failure: null };
    const result = assembleResult(listing, details, (item, detail) =>
      item.id === 'j5' ? null : job(item.id ?? '', detail),
    );
    expect(result.jobs.map((j) => j.title)).toEqual([
      'detail of j0',
      'detail of j1',
      'detail of j2',
      'list only',
      'detail of j4',
    ]);
    expect(result.skipped).toEqual({ invalid: 2 });
    expect(result.partialError).toEqual({
      code: 'BOARD_TIMEOUT',
      message: '1 of 6 job details could not be read, so those jobs keep only their list data (too slow)',
    });
  });

  it('reports a failed page before failed details, and has no partialError when all went well', async () => {
    const items = [{ id: 'a' }];
    const ok = await fetchDetails(items, new HostLimiter(1), 'h', () => Promise.resolve('d'));
    const clean = assembleResult({ items, total: 1, invalid: 0, overCap: 3, failure: null }, ok, (i, d) =>
      job(i.id ?? '', d),
    );
    expect(clean.partialError).toBeUndefined();
    expect(clean.skipped).toEqual({ over_cap: 3 });
    const failure = { what: 'the list page at offset 20 failed', cause: new Error('socket hang up') };
    const bad = await fetchDetails(items, new HostLimiter(1), 'h', () => Promise.reject(new Error('nope')));
    const partial = assembleResult({ items, total: 40, invalid: 0, overCap: 0, failure }, bad, (i, d) =>
      job(i.id ?? '', d),
    );
    expect(partial.partialError?.code).toBe('BOARD_HTTP_ERROR');
    expect(partial.partialError?.message).toMatch(
      /^the list page at offset 20 failed \(socket hang up\); 1 of 1 job details/,
    );
  });

  it('requests no detail for an item the run does not want, keeps it with its list data and counts no failure', async () => {
    const items = [{ id: 'a' }, { id: 'skip' }, { id: 'c' }];
    const asked: string[] = [];
    const details = await fetchDetails(
      items,
      new HostLimiter(2),
      'h',
      async (item) => {
        asked.push(item.id);
        return `detail of ${item.id}`;
      },
      undefined,
      (item) => item.id !== 'skip',
    );
    expect(asked.sort()).toEqual(['a', 'c']);
    expect(details).toMatchObject({ failed: 0, unwanted: 1 });
    const result = assembleResult({ items, total: 3, invalid: 0, overCap: 0, failure: null }, details, (i, d) =>
      job(i.id, d),
    );
    expect(result.jobs.map((j) => j.title)).toEqual(['detail of a', 'list only', 'detail of c']);
    expect(result.skipped).toEqual({});
    expect(result.partialError).toBeUndefined();
  });

  it("builds the filter from the target's wants on each item's list title; an untitled item is wanted", () => {
    const titleOf = (item: { name?: string }) => item.name;
    expect(wantedBy({}, titleOf)).toBeUndefined();
    const seen: string[] = [];
    const wanted = wantedBy({ wants: ({ title }) => (seen.push(title), title !== 'Videographer') }, titleOf);
    expect([{ name: 'Videographer' }, { name: 'Backend Engineer' }, {}, { name: ' ' }].map((i) => wanted?.(i))).toEqual(
      [false, true, true, true],
    );
    expect(seen).toEqual(['Videographer', 'Backend Engineer']);
  });

  it('throws on abort instead of counting it as a failed detail', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(
      fetchDetails([{ id: 'a' }], new HostLimiter(1), 'h', () => Promise.resolve('d'), controller.signal),
    ).rejects.toThrow('stopped');
  });
});
