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

/** The text of a PDF, one rebuilt line per visual line, pages separated by a blank line. */
export async function readPdfText(data: Uint8Array): Promise<string> {
  const pages = await extractItems(data);
  return pages.map(linesFromTextItems).join('\n\n');
}
