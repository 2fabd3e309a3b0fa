import { Inject, Injectable, Logger } from '@nestjs/common';
import { dateLabel, newJobsOf, type RunResult } from '@job-hunter/domain';
import { renderDigest } from './digest.renderer';
import {
  NOTIFICATION_CHANNELS,
  type DeliveryOptions,
  type DeliveryReceipt,
  type NotificationChannel,
} from './notification-channel.types';

/**
 * Renders the run's digest and hands it to the first channel that accepts the request. A saved
 * search's run with nothing new is not emailed (the run folder still gets its digest).
 */
@Injectable()
export class NotifierAgent {
  private readonly logger = new Logger(NotifierAgent.name);

  constructor(@Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[]) {}

  async notify(result: RunResult, requested: DeliveryOptions): Promise<DeliveryReceipt> {
    const opts = this.withoutStaleEmail(result, requested);
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

  /** The request without its email when the run is a saved search's with no new job: saying why, on stderr. */
  private withoutStaleEmail(result: RunResult, opts: DeliveryOptions): DeliveryOptions {
    if (!opts.email || opts.dryRun || newJobsOf(result)?.length !== 0) return opts;
    const since = result.previousRun ? ` since its last run on ${dateLabel(result.previousRun.finishedAt)}` : '';
    this.logger.warn(
      `The digest was not emailed to ${opts.email}: the search found nothing new${since}. ` +
        `It was kept in ${opts.runDir ?? 'the run folder'} as always.`,
    );
    const { email: _skipped, ...rest } = opts;
    return rest;
  }
}
