import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { linesFromTextItems, type PdfTextItem } from './pdf-lines';

/*
 * unpdf loads pdf.js with a dynamic ESM import. Running it in a worker thread keeps that import
 * in a plain Node context (it fails inside VM-sandboxed hosts such as Jest) and keeps a slow or
 * hostile PDF off the main event loop, with a hard timeout.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
(async () => {
  const { getDocumentProxy } = await import(pathToFileURL(workerData.unpdfPath).href);
  const pdf = await getDocumentProxy(new Uint8Array(workerData.data));
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.filter((it) => typeof it.str === 'string').map((it) => ({
      str: it.str, x: it.transform[4], y: it.transform[5], width: it.width,
      size: Math.hypot(it.transform[2], it.transform[3]) || it.height, font: it.fontName,
    })));
  }
  await pdf.destroy();
  parentPort.postMessage({ pages });
})().catch((e) => parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) }));
`;

const TIMEOUT_MS = 30_000;

type WorkerReply = { pages: PdfTextItem[][] } | { error: string };

function extractItems(data: Uint8Array): Promise<PdfTextItem[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { unpdfPath: require.resolve('unpdf'), data },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`PDF text extraction took longer than ${TIMEOUT_MS / 1000}s`));
    }, TIMEOUT_MS);
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    worker.once('message', (reply: WorkerReply) =>
      finish(() => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.pages))),
    );
    worker.once('error', (e) => finish(() => reject(e)));
    worker.once('exit', (code) => finish(() => reject(new Error(`PDF worker exited with code ${code}`))));
  });
}

/**
 * The last few PDFs read, by content: a run reads its resume twice in one process (the check
 * before it starts, then its first step), and each read starts a worker that loads pdf.js.
 */
const RECENT_PDFS = 4;
const recent = new Map<string, Promise<string>>();

/** The text of a PDF, one rebuilt line per visual line, pages separated by a blank line. */
export function readPdfText(data: Uint8Array): Promise<string> {
  const key = createHash('sha256').update(data).digest('hex');
  const known = recent.get(key);
  if (known) return known;
  const text = extractItems(data).then((pages) => pages.map(linesFromTextItems).join('\n\n'));
  if (recent.size >= RECENT_PDFS) recent.delete(recent.keys().next().value as string);
  recent.set(key, text);
  // A failed read is not remembered: the next asks again.
  text.catch(() => recent.delete(key));
  return text;
}
