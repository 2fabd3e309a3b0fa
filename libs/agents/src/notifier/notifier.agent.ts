import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RunResult } from '@job-hunter/domain';
import { renderDigest } from './digest.renderer';
import {
  NOTIFICATION_CHANNELS,
  type DeliveryOptions,
  type DeliveryReceipt,
  type NotificationChannel,
} from './notification-channel.types';

/** Renders the run's digest and hands it to the first channel that accepts the request. */
@Injectable()
export class NotifierAgent {
  private readonly logger = new Logger(NotifierAgent.name);

  constructor(@Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[]) {}

  async notify(result: RunResult, opts: DeliveryOptions): Promise<DeliveryReceipt> {
    const channel = this.channels.find((c) => c.accepts(opts));
    // On a remote worker with no email to send, there is nothing to deliver; the client keeps the files.
    if (!channel) return { written: [], sent: false, channel: 'none' };
    const receipt = await channel.deliver(renderDigest(result), opts);
    if (opts.email && !opts.dryRun && !receipt.sent) {
      this.logger.warn(
        `The digest was not emailed to ${opts.email}: no email channel accepted it (set JH_SMTP_URL and JH_EMAIL_FROM). ` +
          `It was kept in ${opts.runDir ?? 'the run folder'} instead.`,
      );
    }
    return receipt;
  }
}
