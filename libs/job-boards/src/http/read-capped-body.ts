import { JobHunterError } from '@job-hunter/domain';

/** Reads a fetch body chunk by chunk and stops as soon as it passes the cap, so a huge answer never fills memory. */
export async function readCappedBody(response: Response, maxBytes: number, url: URL): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, maxBytes);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks, total);
}

export function tooLarge(url: URL, maxBytes: number): JobHunterError {
  return new JobHunterError(
    'BOARD_TOO_LARGE',
    `${url.host}${url.pathname} answered more than ${Math.round(maxBytes / 1e6)} MB; the board is skipped (raise the size cap only if this board is trusted).`,
  );
}
