/**
 * Runs one run to its end; `signal` aborts when the run is to stop gracefully (a cancel). A run
 * whose work is done elsewhere (Temporal's workers) calls `release` to give its slot back early:
 * the queue then no longer counts it, nor stops it.
 */
export type RunExecutor = (runId: string, signal: AbortSignal, release: () => void) => Promise<void>;

/** Where a run stands in the queue. */
export type QueuePlace = 'waiting' | 'running' | 'absent';

/**
 * The API's bounded in-process queue: at most `concurrency` runs at once, at most `capacity`
 * waiting (oldest first); more is refused, so the caller answers 503 QUEUE_FULL. A request
 * reserves its place before it stores anything, so two requests cannot both take the last one.
 */
export class RunQueue {
  private readonly waiting: string[] = [];
  private readonly running = new Map<string, AbortController>();
  private reserved = 0;
  private closed = false;

  constructor(
    private readonly concurrency: number,
    private readonly capacity: number,
    private readonly execute: RunExecutor,
  ) {}

  /** Holds a place for a run about to be recorded; false when the queue is full. */
  reserve(): boolean {
    if (!this.hasRoom()) return false;
    this.reserved++;
    return true;
  }

  /** Gives a reserved place back (the run was refused before it was recorded). */
  release(): void {
    this.reserved = Math.max(0, this.reserved - 1);
  }

  /** Queues a run (into the place reserved for it, if any) and starts it when a slot is free; false when full. */
  enqueue(runId: string, reserved = false): boolean {
    if (reserved) this.release();
    else if (!this.hasRoom()) return false;
    if (this.placeOf(runId) !== 'absent') return true;
    this.waiting.push(runId);
    this.pump();
    return true;
  }

  /** Queues a run recorded before this process started, whatever the bound (it was admitted then). */
  restore(runId: string): void {
    if (this.closed || this.placeOf(runId) !== 'absent') return;
    this.waiting.push(runId);
    this.pump();
  }

  placeOf(runId: string): QueuePlace {
    if (this.running.has(runId)) return 'running';
    return this.waiting.includes(runId) ? 'waiting' : 'absent';
  }

  /** Takes a waiting run out of the queue; false when it is not waiting here. */
  drop(runId: string): boolean {
    const at = this.waiting.indexOf(runId);
    if (at < 0) return false;
    this.waiting.splice(at, 1);
    return true;
  }

  /** Asks a running run to stop gracefully; false when it is not running here. */
  stop(runId: string): boolean {
    const controller = this.running.get(runId);
    controller?.abort();
    return controller !== undefined;
  }

  /** The runs running now. */
  runningIds(): string[] {
    return [...this.running.keys()];
  }

  /** Starts nothing more (the API is shutting down); waiting runs stay queued in the database. */
  close(): void {
    this.closed = true;
    this.waiting.length = 0;
  }

  private hasRoom(): boolean {
    const taken = this.running.size + this.waiting.length + this.reserved;
    return !this.closed && taken < this.concurrency + this.capacity;
  }

  private pump(): void {
    while (!this.closed && this.running.size < this.concurrency && this.waiting.length > 0) {
      const runId = this.waiting.shift() as string;
      const controller = new AbortController();
      this.running.set(runId, controller);
      const release = (): void => {
        if (this.running.get(runId) !== controller) return;
        this.running.delete(runId);
        this.pump();
      };
      void this.execute(runId, controller.signal, release)
        .catch(() => undefined)
        .finally(release);
    }
  }
}
