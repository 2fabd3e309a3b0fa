import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdfText } from './pdf-text.reader';

// The module object itself (not an import's copy), so the reader's own `new Worker` is counted.
const workerThreads = require('node:worker_threads') as { Worker: typeof import('node:worker_threads').Worker };
const RealWorker = workerThreads.Worker;
let started = 0;

class CountedWorker extends RealWorker {
  constructor(...args: ConstructorParameters<typeof RealWorker>) {
    super(...args);
    started++;
  }
}

const DEMO_RESUME = join(__dirname, '../../../../data/demo/resume.pdf');

describe('readPdfText', () => {
  beforeEach(() => {
    started = 0;
    workerThreads.Worker = CountedWorker;
  });
  afterEach(() => {
    workerThreads.Worker = RealWorker;
  });

  it('reads the same PDF once while it is remembered: a run checks its resume, then parses it', async () => {
    const data = new Uint8Array(readFileSync(DEMO_RESUME));
    const first = await readPdfText(data);
    const again = await readPdfText(new Uint8Array(data));
    expect(first).toContain('\n');
    expect(again).toBe(first);
    expect(started).toBe(1);
  });

  it('does not remember a PDF it could not read', async () => {
    const broken = new TextEncoder().encode('%PDF-1.4\nthis is not really a pdf');
    await expect(readPdfText(broken)).rejects.toThrow();
    await expect(readPdfText(broken)).rejects.toThrow();
    expect(started).toBe(2);
  });
});
