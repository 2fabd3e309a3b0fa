import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@job-hunter/config';
import { FakeSmtpServer, freePort, type FakeSmtpOptions } from '@job-hunter/testing';
import { digestSubject } from './digest.renderer';
import { FileNotificationChannel } from './file-notification.channel';
import { resultJob, runResult, wiredNotifier } from './notifier.fixtures';
import { SmtpNotificationChannel } from './smtp-notification.channel';
import { nodemailerTransport, SMTP_TIMEOUTS_MS } from './smtp-transport';

const LOGIN = { user: 'mailer@example.com', pass: 'pa:ss/w0rd-canary' };
const FROM = 'Job Hunter <jobs@example.com>';
const TO = 'me@example.com';
const top = resultJob(1, {
  title: 'Staff Go Engineer',
  company: 'Nimbus Data',
  applyUrl: 'https://jobs.lever.co/nimbus/42',
});
const result = runResult([top, resultJob(2)]);

describe('SmtpNotificationChannel against a real SMTP server on loopback', () => {
  let runDir: string;
  let server: FakeSmtpServer | undefined;

  const startServer = async (options: FakeSmtpOptions): Promise<FakeSmtpServer> =>
    (server = await new FakeSmtpServer(options).start());
  const settings = (url: string) => ({ JH_SMTP_URL: url, JH_EMAIL_FROM: FROM });
  const notifyThrough = async (url: string, email = TO) =>
    (await wiredNotifier(settings(url))).notify(result, { runDir, email, dryRun: false });
  const failureOf = (delivery: Promise<unknown>): Promise<Error & { code?: string; retryable?: boolean }> =>
    delivery.then(
      () => {
        throw new Error('expected the delivery to fail');
      },
      (e: Error) => e,
    );
  const digestFiles = () => Promise.all(['digest.txt', 'digest.html'].map((f) => readFile(join(runDir, f), 'utf8')));

  beforeEach(async () => {
    runDir = join(await mkdtemp(join(tmpdir(), 'jh-smtp-')), 'run-7');
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await rm(join(runDir, '..'), { recursive: true, force: true });
  });

  it.each(['PLAIN', 'LOGIN'] as const)(
    'logs in with AUTH %s and delivers the digest, keeping the files in the run folder',
    async (method) => {
      const smtp = await startServer({ auth: { ...LOGIN, methods: [method] } });
      await expect(notifyThrough(smtp.url(LOGIN))).resolves.toEqual({
        written: [join(runDir, 'digest.txt'), join(runDir, 'digest.html')],
        sent: true,
        channel: 'smtp',
      });
      expect(smtp.logins).toEqual([{ user: LOGIN.user, method, accepted: true }]);
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0];
      expect(mail).toMatchObject({
        envelopeFrom: 'jobs@example.com',
        envelopeTo: [TO],
        login: { user: LOGIN.user, method },
        to: TO,
        subject: digestSubject(result),
      });
      expect(mail?.from).toContain('jobs@example.com');
      expect(mail?.text).toContain('1. [99] Staff Go Engineer — Nimbus Data');
      expect(mail?.text).toContain('https://jobs.lever.co/nimbus/42');
      expect(mail?.html).toContain('href="https://jobs.lever.co/nimbus/42"');
      expect(mail?.html).toContain('Staff Go Engineer');
      const [text, html] = await digestFiles();
      expect(text?.trim()).toBe(mail?.text.trim());
      expect(html).toContain('href="https://jobs.lever.co/nimbus/42"');
    },
  );

  it('fails on a wrong password with a message naming the server, never the password; the files are kept', async () => {
    const smtp = await startServer({ auth: LOGIN });
    const wrong = { user: LOGIN.user, pass: 'wrong:pass/canary' };
    const error = await failureOf(notifyThrough(smtp.url(wrong)));
    expect(error).toMatchObject({ code: 'NOTIFY_FAILED', retryable: false });
    expect(error.message).toContain(`through ${new URL(smtp.url()).host}`);
    expect(error.message).toContain('535');
    expect(error.message).not.toContain('canary');
    expect(smtp.logins).toEqual([{ user: LOGIN.user, method: 'PLAIN', accepted: false }]);
    expect(smtp.received).toEqual([]);
    expect((await digestFiles())[0]).toContain('Staff Go Engineer');
  });

  it('fails clearly when the server refuses the recipient', async () => {
    const smtp = await startServer({ rejectRecipients: ['nobody@example.com'] });
    const error = await failureOf(notifyThrough(smtp.url(), 'nobody@example.com'));
    expect(error).toMatchObject({ code: 'NOTIFY_FAILED', retryable: false });
    expect(error.message).toContain('Could not email the digest to nobody@example.com');
    expect(error.message).toMatch(/550 .*nobody@example\.com.*rejected/);
    expect(smtp.received).toEqual([]);
  });

  it('fails fast, naming host and port, when nothing listens there', async () => {
    const port = await freePort();
    const started = Date.now();
    const error = await failureOf(notifyThrough(`smtp://${LOGIN.user}:secret-canary@127.0.0.1:${port}`));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ code: 'NOTIFY_FAILED', retryable: true });
    expect(error.message).toContain(`through 127.0.0.1:${port}: `);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain('secret-canary');
  });

  it('upgrades with STARTTLS when offered and refuses an untrusted certificate rather than log in in clear', async () => {
    const smtp = await startServer({ starttls: true, auth: LOGIN });
    const error = await failureOf(notifyThrough(smtp.url(LOGIN)));
    expect(error).toMatchObject({ code: 'NOTIFY_FAILED', retryable: false });
    expect(error.message).toMatch(/certificate/i);
    expect(smtp.logins).toEqual([]);
    expect(smtp.received).toEqual([]);
  });

  it('gives up on a server that never greets once the greeting timeout passes', async () => {
    const smtp = await startServer({ silent: true });
    const channel = new SmtpNotificationChannel(loadConfig(settings(smtp.url())), new FileNotificationChannel(), (s) =>
      nodemailerTransport(s, { ...SMTP_TIMEOUTS_MS, greetingTimeout: 300 }),
    );
    const digest = { subject: 's', text: 't', html: 'h' };
    const error = await failureOf(channel.deliver(digest, { email: TO, dryRun: false }));
    expect(error).toMatchObject({ code: 'NOTIFY_FAILED', retryable: true });
    expect(error.message).toMatch(/greeting/i);
  });
});
