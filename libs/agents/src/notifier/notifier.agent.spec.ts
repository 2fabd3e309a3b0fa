import type { RunResult } from '@job-hunter/domain';
import type { DeliveryOptions, Digest, NotificationChannel } from './notification-channel.types';
import { NotifierAgent } from './notifier.agent';
import { resultJob, runResult } from './notifier.fixtures';

class RecordingChannel implements NotificationChannel {
  readonly delivered: Digest[] = [];
  constructor(
    readonly name: string,
    private readonly accept: (opts: DeliveryOptions) => boolean,
    private readonly sends: boolean,
  ) {}
  accepts(opts: DeliveryOptions): boolean {
    return this.accept(opts);
  }
  async deliver(digest: Digest): Promise<{ written: string[]; sent: boolean; channel: string }> {
    this.delivered.push(digest);
    return { written: [], sent: this.sends, channel: this.name };
  }
}

describe('NotifierAgent', () => {
  const result: RunResult = runResult([resultJob(1)]);
  const email = new RecordingChannel('email', (o) => Boolean(o.email) && !o.dryRun, true);
  const file = new RecordingChannel('file', () => true, false);
  const agent = new NotifierAgent([email, file]);

  it('uses the first channel that accepts the request', async () => {
    await expect(
      agent.notify(result, { runDir: '/tmp/x', email: 'me@example.com', dryRun: false }),
    ).resolves.toMatchObject({
      sent: true,
      channel: 'email',
    });
    await expect(
      agent.notify(result, { runDir: '/tmp/x', email: 'me@example.com', dryRun: true }),
    ).resolves.toMatchObject({
      sent: false,
      channel: 'file',
    });
    await expect(agent.notify(result, { runDir: '/tmp/x', dryRun: false })).resolves.toMatchObject({ channel: 'file' });
    expect(email.delivered).toHaveLength(1);
    expect(file.delivered).toHaveLength(2);
    expect(file.delivered[0]?.subject).toMatch(/^Job Hunter: 1 match/);
  });

  it('delivers nothing, without failing, when no channel accepts (a remote worker with no email)', async () => {
    await expect(new NotifierAgent([]).notify(result, { dryRun: true })).resolves.toEqual({
      written: [],
      sent: false,
      channel: 'none',
    });
  });

  it("does not email a saved search's digest with nothing new, but still keeps it in the run folder", async () => {
    const emailed = new RecordingChannel('email', (o) => Boolean(o.email) && !o.dryRun, true);
    const kept = new RecordingChannel('file', (o) => Boolean(o.runDir), false);
    const notifier = new NotifierAgent([emailed, kept]);
    const previousRun = { runId: 'run-6', finishedAt: '2024-05-09T06:00:00.000Z' };
    const stale = runResult([resultJob(1, { novelty: 'seen' })], { previousRun, disappeared: [] });
    const asked = { email: 'me@example.com', dryRun: false };
    await expect(notifier.notify(stale, asked)).resolves.toEqual({ written: [], sent: false, channel: 'none' });
    await expect(notifier.notify(stale, { ...asked, runDir: '/tmp/x' })).resolves.toMatchObject({ channel: 'file' });
    expect(emailed.delivered).toHaveLength(0);
    // One new job is worth the email.
    const fresh = runResult([resultJob(1, { novelty: 'new' })], { previousRun, disappeared: [] });
    await expect(notifier.notify(fresh, asked)).resolves.toMatchObject({ sent: true, channel: 'email' });
    expect(emailed.delivered).toHaveLength(1);
  });
});
