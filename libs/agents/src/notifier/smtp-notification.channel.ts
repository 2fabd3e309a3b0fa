import { redactSecrets, type AppConfig } from '@job-hunter/config';
import { JobHunterError } from '@job-hunter/domain';
import type { DeliveryOptions, DeliveryReceipt, Digest, NotificationChannel } from './notification-channel.types';
import { smtpFailure } from './smtp-failure';
import { nodemailerTransport, smtpServerOf, type MailTransportFactory } from './smtp-transport';

/**
 * Emails the digest through the server in JH_SMTP_URL, from JH_EMAIL_FROM. On a local run it also
 * keeps the digest in the run folder through `files` (the file channel), before sending, so the
 * files are there whether or not the mail goes out.
 */
export class SmtpNotificationChannel implements NotificationChannel {
  readonly name = 'smtp';

  constructor(
    private readonly config: AppConfig,
    private readonly files: Pick<NotificationChannel, 'deliver'>,
    private readonly connect: MailTransportFactory = nodemailerTransport,
  ) {}

  accepts(opts: DeliveryOptions): boolean {
    const { url, from } = this.config.smtp;
    return Boolean(opts.email) && !opts.dryRun && Boolean(url) && Boolean(from);
  }

  async deliver(digest: Digest, opts: DeliveryOptions): Promise<DeliveryReceipt> {
    const { url, from } = this.config.smtp;
    const to = opts.email;
    if (!to || !url || !from) {
      throw new JobHunterError('INTERNAL', 'The SMTP channel needs --email, JH_SMTP_URL and JH_EMAIL_FROM.');
    }
    const written = opts.runDir === undefined ? [] : (await this.files.deliver(digest, opts)).written;
    const server = smtpServerOf(url);
    try {
      await this.connect(server).send({ from, to, subject: digest.subject, text: digest.text, html: digest.html });
    } catch (e) {
      throw smtpFailure(e, to, server, (text) => redactSecrets(text, this.config));
    }
    return { written, sent: true, channel: this.name };
  }
}
