import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { cleanText, errorMessage, JobHunterError } from '@job-hunter/domain';
import { markdownToText } from './markdown-text';
import { readPdfText } from './pdf-text.reader';
import { unreadableTextReason } from './resume-text-check';

const ACCEPTED = 'PDF (.pdf), Word (.docx), plain text (.txt) or Markdown (.md)';
const MAX_BYTES = 20 * 1024 * 1024;

type Format = 'pdf' | 'docx' | 'txt' | 'md';

const FORMATS: Record<string, Format> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
};

function unreadable(path: string, why: string, cause?: unknown): JobHunterError {
  return new JobHunterError('RESUME_UNREADABLE', `Cannot read the resume ${path}: ${why}. Give a ${ACCEPTED} file.`, {
    cause,
  });
}

async function extract(format: Format, data: Buffer): Promise<string> {
  switch (format) {
    case 'pdf':
      return readPdfText(new Uint8Array(data));
    case 'docx': {
      // mammoth (about 0.1 s to load) only for Word resumes, not at every CLI start.
      const { extractRawText } = await import('mammoth');
      return (await extractRawText({ buffer: data })).value;
    }
    case 'md':
      return markdownToText(data.toString('utf8'));
    case 'txt':
      return data.toString('utf8');
  }
}

/** A resume's file name (its extension tells the format) and bytes, e.g. as stored with a run. */
export interface ResumeFile {
  name: string;
  data: Buffer;
}

function formatOf(path: string): Format {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw unreadable(path, `the extension "${extname(path) || basename(path)}" is not supported`);
  return format;
}

/**
 * The plain text of a resume file; every failure is a RESUME_UNREADABLE error naming the file.
 * `whileReading` runs once the text is being extracted (a PDF on a worker thread), before it is awaited.
 */
export async function readResumeText(path: string, whileReading?: () => void): Promise<string> {
  formatOf(path);
  let data: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw unreadable(path, 'it is not a file');
    if (info.size > MAX_BYTES) throw unreadable(path, `it is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    data = await readFile(path);
  } catch (e) {
    if (e instanceof JobHunterError) throw e;
    throw unreadable(path, 'the file does not exist or cannot be opened', e);
  }
  return resumeTextOf({ name: path, data }, whileReading);
}

/** The plain text of a resume's bytes, read by the format its name says; failures and `whileReading` as readResumeText's. */
export async function resumeTextOf(file: ResumeFile, whileReading?: () => void): Promise<string> {
  const { name: path, data } = file;
  const format = formatOf(path);
  if (data.length > MAX_BYTES) throw unreadable(path, `it is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  let text: string;
  try {
    const extracting = extract(format, data);
    whileReading?.();
    text = await extracting;
  } catch (e) {
    throw unreadable(path, `the ${format.toUpperCase()} file looks corrupt (${errorMessage(e)})`, e);
  }
  const reason = unreadableTextReason(text);
  if (reason) throw unreadable(path, reason);
  return cleanText(text);
}
