import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { errorMessage, JobHunterError } from '@job-hunter/domain';
import type { DeliveryOptions, DeliveryReceipt, Digest, NotificationChannel } from './notification-channel.types';

export const DIGEST_FILE_NAMES = { text: 'digest.txt', html: 'digest.html' } as const;

/** Writes each file under a temp name first, so a crash never leaves half a digest. */
async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Keeps the digest in the run folder: what a dry run or a run without email settings would have sent. */
@Injectable()
export class FileNotificationChannel implements NotificationChannel {
  readonly name = 'file';

  /** Only where the run folder is on this machine (not on a remote Temporal worker). */
  accepts(opts: DeliveryOptions): boolean {
    return opts.runDir !== undefined;
  }

  async deliver(digest: Digest, opts: DeliveryOptions): Promise<DeliveryReceipt> {
    if (opts.runDir === undefined) throw new JobHunterError('INTERNAL', 'The file channel needs a run folder.');
    const dir = resolve(opts.runDir);
    const textPath = join(dir, DIGEST_FILE_NAMES.text);
    const htmlPath = join(dir, DIGEST_FILE_NAMES.html);
    try {
      await mkdir(dir, { recursive: true });
      await writeFileAtomically(textPath, digest.text);
      await writeFileAtomically(htmlPath, digest.html);
    } catch (e) {
      throw new JobHunterError(
        'NOTIFY_FAILED',
        `Could not write the digest to ${dir}: ${errorMessage(e)}. Check that the output directory is writable.`,
        { cause: e },
      );
    }
    return { written: [textPath, htmlPath], sent: false, channel: this.name };
  }
}
