import { isBusy } from './storage-errors';

const BUSY_RETRIES = 5;
const BUSY_BACKOFF_MS = 200;

/**
 * Runs `work` again (up to 5 tries, backing off) when SQLite answers SQLITE_BUSY, or when
 * `alsoRetry` says the error is another race worth a new try. For transactions that read before
 * they write: in WAL mode SQLite refuses such a transaction at once, without waiting out the busy
 * timeout, when another process wrote since its read, and only a new transaction can succeed.
 */
export async function retryWhileBusy<T>(
  work: () => Promise<T>,
  alsoRetry: (error: unknown) => boolean = () => false,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(isBusy(error) || alsoRetry(error)) || attempt >= BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUSY_BACKOFF_MS * attempt));
    }
  }
}
