import * as path from 'node:path';
import { ApiError } from '../errors/api-error';

/** The files `POST /runs` takes (contract section 7). */
export type UploadKind = 'resume' | 'prefsFile' | 'companies';

/** What the upload handler hands over for one file. */
export interface UploadedFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

interface UploadRule {
  maxBytes: number;
  extensions: readonly string[];
  /** What the kind's files are, for the 415 message. */
  what: string;
}

const MIB = 1024 * 1024;

export const UPLOAD_RULES: Readonly<Record<UploadKind, UploadRule>> = {
  resume: {
    maxBytes: 5 * MIB,
    extensions: ['.pdf', '.docx', '.txt', '.md', '.markdown'],
    what: 'PDF, DOCX, TXT or Markdown',
  },
  prefsFile: {
    maxBytes: 256 * 1024,
    extensions: ['.txt', '.md', '.markdown', '.yaml', '.yml', '.json'],
    what: 'text, Markdown, YAML or JSON',
  },
  companies: { maxBytes: MIB, extensions: ['.json', '.yaml', '.yml'], what: 'JSON or YAML' },
};

/** The largest file any field takes: the upload handler's own limit (larger is 413 before it is read). */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_RULES).map((r) => r.maxBytes));

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** 413 UPLOAD_TOO_LARGE for a file of `kind` over its field's limit. */
export function tooLarge(kind: string, maxBytes: number): ApiError {
  return new ApiError(413, 'UPLOAD_TOO_LARGE', `${kind} is larger than ${maxBytes / 1024} KiB.`);
}

/** Whether the bytes are text: UTF-8 that decodes, with no NUL byte (a binary file renamed .txt). */
function isText(data: Buffer): boolean {
  if (data.includes(0)) return false;
  try {
    utf8.decode(data);
    return true;
  } catch {
    return false;
  }
}

/** Whether the bytes are what the extension says: PDF and DOCX by their magic bytes, the rest UTF-8 text. */
function contentMatches(extension: string, data: Buffer): boolean {
  if (extension === '.pdf') return data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC);
  if (extension === '.docx') return data.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC);
  return isText(data);
}

/**
 * Checks one uploaded file against its field's rule: too large is 413 UPLOAD_TOO_LARGE; a name
 * or content of another kind is 415 UNSUPPORTED_MEDIA_TYPE. Returns the extension to store it under.
 */
export function checkUpload(kind: UploadKind, file: UploadedFile): string {
  const rule = UPLOAD_RULES[kind];
  if (file.size > rule.maxBytes) throw tooLarge(kind, rule.maxBytes);
  const extension = path.extname(file.originalname).toLowerCase();
  if (!rule.extensions.includes(extension) || !contentMatches(extension, file.buffer)) {
    throw new ApiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `${kind} must be a ${rule.what} file (${rule.extensions.join(', ')}) whose content is of that kind.`,
    );
  }
  return extension;
}
