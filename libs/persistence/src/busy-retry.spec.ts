import { retryWhileBusy } from './busy-retry';

const busy = (): Error => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY_SNAPSHOT' });

describe('retryWhileBusy', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the work again while SQLite answers busy, and returns what the last try gave', async () => {
    let tries = 0;
    const result = retryWhileBusy(async () => {
      tries++;
      if (tries < 3) throw busy();
      return 'written';
    });
    await jest.runAllTimersAsync();
    await expect(result).resolves.toBe('written');
    expect(tries).toBe(3);
  });

  it('passes any other error on at once, and a busy one after five tries', async () => {
    let tries = 0;
    await expect(
      retryWhileBusy(async () => {
        tries++;
        throw new Error('no such table');
      }),
    ).rejects.toThrow('no such table');
    expect(tries).toBe(1);

    const gaveUp = retryWhileBusy(async () => {
      tries++;
      throw busy();
    });
    const settled = expect(gaveUp).rejects.toThrow('database is locked');
    await jest.runAllTimersAsync();
    await settled;
    expect(tries).toBe(6);
  });

  it('also retries what the caller names as a race', async () => {
    let tries = 0;
    const result = retryWhileBusy(
      async () => {
        if (++tries === 1) throw new Error('table "x" already exists');
        return tries;
      },
      (e) => String(e).includes('already exists'),
    );
    await jest.runAllTimersAsync();
    await expect(result).resolves.toBe(2);
  });
});
