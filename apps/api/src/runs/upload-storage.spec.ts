import { PassThrough } from 'node:stream';
import type { Request } from 'express';
import { limitedMemoryStorage } from './upload-storage';

/** Hands `bytes` to the storage as field `field` without ending the part; resolves with its callback's answer. */
function store(field: string, bytes: number, end: boolean): Promise<{ error: unknown; info?: { size?: number } }> {
  const stream = new PassThrough();
  const file = { fieldname: field, originalname: 'x.txt', stream } as unknown as Express.Multer.File;
  const answered = new Promise<{ error: unknown; info?: { size?: number } }>((resolve) =>
    limitedMemoryStorage()._handleFile({} as Request, file, (error, info) => resolve({ error, info })),
  );
  for (let left = bytes; left > 0; left -= 64 * 1024) stream.write(Buffer.alloc(Math.min(left, 64 * 1024), 'a'));
  if (end) stream.end();
  return answered;
}

describe('upload storage (each field limited as it streams in)', () => {
  it('refuses a file past its field’s limit before the part ends (413, the field named)', async () => {
    const { error } = await store('companies', 1024 * 1024 + 1, false);
    expect(error).toMatchObject({ code: 'UPLOAD_TOO_LARGE', message: 'companies is larger than 1024 KiB.' });
    expect((error as { getStatus(): number }).getStatus()).toBe(413);
    const prefs = await store('prefsFile', 256 * 1024 + 1, false);
    expect(prefs.error).toMatchObject({ code: 'UPLOAD_TOO_LARGE' });
  });

  it('keeps a file within its limit, whole', async () => {
    const { error, info } = await store('companies', 1024 * 1024, true);
    expect(error).toBeNull();
    expect(info?.size).toBe(1024 * 1024);
  });
});
