import { loadConfig } from '@job-hunter/config';
import { JobHunterError } from '@job-hunter/domain';
import type { DeliveryOptions, Digest } from './notification-channel.types';
import { SmtpNotificationChannel } from './smtp-notification.channel';
import type { MailTransport, OutgoingMail, SmtpServer } from './smtp-transport';

const PASSWORD = 's3cret/pw';
const SMTP = {
  JH_SMTP_URL: `smtp://mailer:${encodeURIComponent(PASSWORD)}@mail.example.com:2525`,
  JH_EMAIL_FROM: 'Job Hunter <jobs@example.com>',
};
const digest: Digest = { subject: 'Job Hunter: 1 match', text: 'plain', html: '<p>html</p>' };
const local: DeliveryOptions = { runDir: '/runs/run-7', email: 'me@example.com', dryRun: false };

/** Records what the channel hands over: the server it connects to, the mail, the files it keeps. */
function setup(settings: Record<string, string> = SMTP, failWith?: Error) {
  const seen: { servers: SmtpServer[]; mails: OutgoingMail[]; kept: Digest[] } = { servers: [], mails: [], kept: [] };
  const files = {
    deliver: async (d: Digest) => {
      seen.kept.push(d);
      return { written: ['/runs/run-7/digest.txt', '/runs/run-7/digest.html'], sent: false, channel: 'file' };
    },
  };
  const connect = (server: SmtpServer): MailTransport => {
    seen.servers.push(server);
    return {
      send: async (mail) => {
        if (failWith) throw failWith;
        seen.mails.push(mail);
      },
    };
  };
  return { channel: new SmtpNotificationChannel(loadConfig(settings), files, connect), seen };
}

const nodemailerError = (code: string, message: string, originalCode?: string) =>
  Object.assign(new Error(message), { code, originalCode });

describe('SmtpNotificationChannel', () => {
  it.each([
    ['email, not a dry run, server and sender set', SMTP, local, true],
    ['no --email', SMTP, { ...local, email: undefined }, false],
    ['a dry run', SMTP, { ...local, dryRun: true }, false],
    ['no JH_SMTP_URL', { JH_EMAIL_FROM: SMTP.JH_EMAIL_FROM }, local, false],
    ['no JH_EMAIL_FROM', { JH_SMTP_URL: SMTP.JH_SMTP_URL }, local, false],
    ['a remote worker (no run folder)', SMTP, { ...local, runDir: undefined }, true],
  ])('accepts: %s → %s', (_case, settings, opts, expected) => {
    expect(setup(settings).channel.accepts(opts)).toBe(expected);
  });

  it('keeps the files, then mails the digest from JH_EMAIL_FROM to --email through the configured server', async () => {
    const { channel, seen } = setup();
    await expect(channel.deliver(digest, local)).resolves.toEqual({
      written: ['/runs/run-7/digest.txt', '/runs/run-7/digest.html'],
      sent: true,
      channel: 'smtp',
    });
    expect(seen.kept).toEqual([digest]);
    expect(seen.servers).toEqual([
      {
        host: 'mail.example.com',
        port: 2525,
        secure: false,
        requireTLS: true,
        auth: { user: 'mailer', pass: PASSWORD },
      },
    ]);
    expect(seen.mails).toEqual([
      {
        from: 'Job Hunter <jobs@example.com>',
        to: 'me@example.com',
        subject: digest.subject,
        text: 'plain',
        html: '<p>html</p>',
      },
    ]);
  });

  it('writes no files on a remote worker, and still sends', async () => {
    const { channel, seen } = setup();
    await expect(channel.deliver(digest, { ...local, runDir: undefined })).resolves.toEqual({
      written: [],
      sent: true,
      channel: 'smtp',
    });
    expect(seen.kept).toEqual([]);
    expect(seen.mails).toHaveLength(1);
  });

  it.each([
    ['EAUTH', 'Invalid login: 535 Authentication credentials invalid', undefined, false, /user name and password/],
    ['EENVELOPE', 'all recipients were rejected: 550 no such user', undefined, false, /--email and JH_EMAIL_FROM/],
    ['ESOCKET', 'connect ECONNREFUSED 10.0.0.1:2525', undefined, true, /up and reachable/],
    ['ETIMEDOUT', 'Greeting never received', undefined, true, /up and reachable/],
    ['ESOCKET', 'certificate has expired', 'CERT_HAS_EXPIRED', false, /TLS certificate/],
    ['EMESSAGE', '554 message refused', undefined, true, /JH_SMTP_URL and JH_EMAIL_FROM/],
  ])(
    'turns %s "%s" into NOTIFY_FAILED naming the server and the reason, files kept',
    async (code, reason, originalCode, retryable, hint) => {
      const { channel, seen } = setup(SMTP, nodemailerError(code, reason, originalCode));
      const error = await channel.deliver(digest, local).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(JobHunterError);
      expect(error).toMatchObject({ code: 'NOTIFY_FAILED', retryable });
      const message = (error as Error).message;
      expect(message).toContain(`me@example.com through mail.example.com:2525: ${reason}. `);
      expect(message).toMatch(hint);
      expect(seen.kept).toHaveLength(1);
    },
  );

  it('masks the SMTP password even when the server echoes it', async () => {
    const echoed = `535 bad credentials for mailer:${PASSWORD} (${SMTP.JH_SMTP_URL})`;
    const { channel } = setup(SMTP, nodemailerError('EAUTH', echoed));
    const message = await channel.deliver(digest, local).then(
      () => '',
      (e: unknown) => (e as Error).message,
    );
    expect(message).toContain('535 bad credentials for mailer:***');
    expect(message).not.toContain(PASSWORD);
    expect(message).not.toContain(encodeURIComponent(PASSWORD));
  });
});
