import type { StorageEngine } from 'multer';
import { UPLOAD_RULES, tooLarge, type UploadKind } from './run-upload';

/**
 * multer's memory storage with each field's own size limit applied while the file streams in:
 * past its limit (a companies file over 1 MiB, say) the upload is refused with 413 at once, the
 * bytes read so far dropped and the rest of the part discarded, instead of being kept to the end
 * and checked after. A field with no rule takes nothing (multer refuses unknown fields before).
 */
export function limitedMemoryStorage(): StorageEngine {
  return {
    _handleFile(_req, file, callback) {
      const kind = file.fieldname as UploadKind;
      const maxBytes = Object.hasOwn(UPLOAD_RULES, kind) ? UPLOAD_RULES[kind].maxBytes : 0;
      let chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const settle = (error: unknown, info?: { buffer: Buffer; size: number }) => {
        if (settled) return;
        settled = true;
        callback(error, info);
      };
      file.stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size <= maxBytes) {
          chunks.push(chunk);
          return;
        }
        chunks = [];
        settle(tooLarge(kind, maxBytes));
        file.stream.resume();
      });
      file.stream.on('error', (error) => settle(error));
      file.stream.on('end', () => settle(null, { buffer: Buffer.concat(chunks), size }));
    },
    _removeFile(_req, file, callback) {
      delete (file as { buffer?: Buffer }).buffer;
      callback(null);
    },
  };
}
