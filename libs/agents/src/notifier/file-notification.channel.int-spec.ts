import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NotifierAgent } from './notifier.agent';
import { resultJob, runResult, wiredNotifier } from './notifier.fixtures';

describe('NotifierModule with the file channel (real files)', () => {
  let root: string;
  let agent: NotifierAgent;

  beforeAll(async () => {
    agent = await wiredNotifier();
  });
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'jh-notifier-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes digest.txt and digest.html into the run folder', async () => {
    const runDir = join(root, 'run-7');
    const result = runResult([resultJob(1, { title: 'Senior Backend Engineer', score: 91 })]);
    const receipt = await agent.notify(result, { runDir, email: 'me@example.com', dryRun: true });
    expect(receipt).toEqual({
      written: [join(runDir, 'digest.txt'), join(runDir, 'digest.html')],
      sent: false,
      channel: 'file',
    });
    expect((await readdir(runDir)).sort()).toEqual(['digest.html', 'digest.txt']);
    const text = await readFile(join(runDir, 'digest.txt'), 'utf8');
    expect(text.split('\n')[0]).toBe('Job Hunter: 1 match (top: Senior Backend Engineer at Acme, 91)');
    expect(await readFile(join(runDir, 'digest.html'), 'utf8')).toContain('href="https://jobs.lever.co/acme/1"');
  });

  it('reports NOTIFY_FAILED when the run folder cannot be written', async () => {
    const blocker = join(root, 'file');
    await writeFile(blocker, 'x');
    await expect(agent.notify(runResult([]), { runDir: join(blocker, 'run'), dryRun: true })).rejects.toMatchObject({
      code: 'NOTIFY_FAILED',
    });
  });
});
