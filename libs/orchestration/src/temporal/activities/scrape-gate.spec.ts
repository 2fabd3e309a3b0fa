import { ScrapeGate } from './scrape-gate';

/** A task that runs until `finish()` is called, recording when it started. */
function held(started: number[], id: number) {
  let finish: () => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = () => resolve(id)));
  return {
    task: () => {
      started.push(id);
      return done;
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ScrapeGate', () => {
  it('runs at most `limit` tasks at once and admits the waiting ones in order as tasks finish', async () => {
    const gate = new ScrapeGate(2);
    const signal = new AbortController().signal;
    const started: number[] = [];
    const tasks = [0, 1, 2, 3].map((id) => held(started, id));
    const results = tasks.map((t) => gate.run(signal, t.task));
    await tick();
    expect(started).toEqual([0, 1]);
    tasks[1]?.finish();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    tasks[0]?.finish();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    tasks[2]?.finish();
    tasks[3]?.finish();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
  });

  it('frees its place when a task fails', async () => {
    const gate = new ScrapeGate(1);
    const signal = new AbortController().signal;
    await expect(gate.run(signal, () => Promise.reject(new Error('board down')))).rejects.toThrow('board down');
    await expect(gate.run(signal, async () => 'next')).resolves.toBe('next');
  });

  it('rejects a waiter whose signal aborts, without running it or taking a place', async () => {
    const gate = new ScrapeGate(1);
    const started: number[] = [];
    const first = held(started, 0);
    const running = gate.run(new AbortController().signal, first.task);
    const cancelled = new AbortController();
    const waiting = gate.run(cancelled.signal, held(started, 1).task);
    const after = held(started, 2);
    const next = gate.run(new AbortController().signal, after.task);
    cancelled.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    first.finish();
    await tick();
    expect(started).toEqual([0, 2]);
    after.finish();
    await expect(Promise.all([running, next])).resolves.toEqual([0, 2]);
  });

  it('never starts a task whose signal has already aborted', async () => {
    const gate = new ScrapeGate(1);
    const aborted = new AbortController();
    aborted.abort(new Error('cancelled'));
    const task = jest.fn(async () => 'ran');
    await expect(gate.run(aborted.signal, task)).rejects.toThrow('cancelled');
    expect(task).not.toHaveBeenCalled();
    await expect(gate.run(new AbortController().signal, async () => 'free')).resolves.toBe('free');
  });
});
