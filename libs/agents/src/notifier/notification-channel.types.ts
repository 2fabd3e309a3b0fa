/** A rendered digest, ready for any channel. */
export interface Digest {
  subject: string;
  text: string;
  html: string;
}

export interface DeliveryOptions {
  /** The run folder on this machine; channels that keep a copy write it here. Absent on a remote worker. */
  runDir?: string;
  email?: string;
  /** No email: channels that send must decline. */
  dryRun: boolean;
}

export interface DeliveryReceipt {
  /** Absolute paths of files written. */
  written: string[];
  sent: boolean;
  channel: string;
}

/** A way to deliver a digest (SMTP, files in the run folder); the notifier picks the first that accepts. */
export interface NotificationChannel {
  readonly name: string;
  accepts(opts: DeliveryOptions): boolean;
  deliver(digest: Digest, opts: DeliveryOptions): Promise<DeliveryReceipt>;
}

/** Multi-provider token: every channel, most preferred first; the file channel comes last and accepts all. */
export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
