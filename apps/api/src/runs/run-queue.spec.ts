import { RunQueue } from './run-queue';

/** An executor whose runs end when the test says so. */
function executor() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const signals = new Map<string, AbortSignal>();
  const run = (runId: string, signal: AbortSignal) => {
    started.push(runId);
    signals.set(runId, signal);
    return new Promise<void>((resolve) => finish.set(runId, resolve));
  };
  const end = async (runId: string) => {
    finish.get(runId)?.();
    await new Promise((r) => setImmediate(r));
  };
  return { started, signals, run, end };
}

describe('RunQueue', () => {
  it('runs at most `concurrency` at once and starts the waiting ones oldest first', async () => {
    const ex = executor();
    const queue = new RunQueue(2, 5, ex.run);
    for (const id of ['a', 'b', 'c', 'd']) expect(queue.enqueue(id)).toBe(true);
    expect(ex.started).toEqual(['a', 'b']);
    expect(queue.placeOf('c')).toBe('waiting');
    await ex.end('b');
    expect(ex.started).toEqual(['a', 'b', 'c']);
    await ex.end('a');
    expect(ex.started).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.placeOf('a')).toBe('absent');
    expect(queue.runningIds()).toEqual(['c', 'd']);
  });

  it('refuses more than `capacity` waiting, counting reserved places, and frees a place when one is released', () => {
    const ex = executor();
    const queue = new RunQueue(1, 2, ex.run);
    expect(queue.enqueue('a')).toBe(true); // running
    expect(queue.reserve()).toBe(true);
    expect(queue.enqueue('b')).toBe(true);
    expect(queue.reserve()).toBe(false);
    expect(queue.enqueue('c')).toBe(false);
    queue.release();
    expect(queue.reserve()).toBe(true);
    expect(queue.enqueue('c', true)).toBe(true);
    expect(queue.enqueue('d')).toBe(false);
    expect(queue.placeOf('c')).toBe('waiting');
  });

  it('requeues a run once: enqueuing an id already queued or running changes nothing', () => {
    const ex = executor();
    const queue = new RunQueue(1, 3, ex.run);
    queue.enqueue('a');
    queue.enqueue('b');
    expect(queue.enqueue('a')).toBe(true);
    expect(queue.enqueue('b')).toBe(true);
    expect(ex.started).toEqual(['a']);
    expect(queue.drop('b')).toBe(true);
    expect(queue.drop('b')).toBe(false);
  });

  it('takes back every run left queued at start, beyond the bound, in their order, once each', () => {
    const ex = executor();
    const queue = new RunQueue(1, 1, ex.run);
    for (const id of ['old-1', 'old-2', 'old-3', 'old-2']) queue.restore(id);
    expect(ex.started).toEqual(['old-1']);
    expect(['old-2', 'old-3'].map((id) => queue.placeOf(id))).toEqual(['waiting', 'waiting']);
    // Full now: a new request is refused until they have run.
    expect(queue.reserve()).toBe(false);
  });

  it('drops a waiting run, and stops a running one through its signal', async () => {
    const ex = executor();
    const queue = new RunQueue(1, 3, ex.run);
    queue.enqueue('a');
    queue.enqueue('b');
    queue.enqueue('c');
    expect(queue.drop('b')).toBe(true);
    expect(queue.stop('b')).toBe(false);
    expect(queue.stop('a')).toBe(true);
    expect(ex.signals.get('a')?.aborted).toBe(true);
    await ex.end('a');
    expect(ex.started).toEqual(['a', 'c']);
  });

  it('starts the next run when a running one gives its slot back early, and counts it no more', async () => {
    const released: string[] = [];
    const queue = new RunQueue(1, 1, (id, _signal, release) => {
      released.push(id);
      if (id === 'a') release();
      return new Promise(() => undefined);
    });
    queue.enqueue('a');
    expect(queue.enqueue('b')).toBe(true);
    expect(released).toEqual(['a', 'b']);
    expect(queue.placeOf('a')).toBe('absent');
    expect(queue.stop('a')).toBe(false);
    expect(queue.runningIds()).toEqual(['b']);
    expect(queue.enqueue('c')).toBe(true);
    expect(queue.enqueue('d')).toBe(false);
  });

  it('starts nothing more once closed, and keeps going after a run that throws', async () => {
    const started: string[] = [];
    const queue = new RunQueue(1, 3, async (id) => {
      started.push(id);
      throw new Error('boom');
    });
    queue.enqueue('a');
    queue.enqueue('b');
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['a', 'b']);
    queue.close();
    expect(queue.enqueue('c')).toBe(false);
    expect(queue.reserve()).toBe(false);
  });
});
