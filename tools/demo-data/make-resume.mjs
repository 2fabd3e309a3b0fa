#!/usr/bin/env node
// Renders data/demo/resume.md (a small Markdown subset: #, ##, ###, "- " bullets and
// paragraphs) into data/demo/resume.pdf with pdfkit. The PDF's dates are fixed so the
// file is reproducible.   node tools/demo-data/make-resume.mjs [in.md] [out.pdf]
import { createWriteStream, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const input = resolve(process.argv[2] ?? join(root, 'data/demo/resume.md'));
const output = resolve(process.argv[3] ?? join(root, 'data/demo/resume.pdf'));
const FIXED_DATE = new Date('2026-11-01T00:00:00Z');

/** Groups lines into blocks: headings, bullets and paragraphs (soft-wrapped lines joined). */
function parse(md) {
  const blocks = [];
  let para = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: 'p', text: para.join(' ') });
    para = [];
  };
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: `h${heading[1].length}`, text: heading[2] });
    } else if (line.startsWith('- ')) {
      flush();
      blocks.push({ kind: 'li', text: line.slice(2) });
    } else if (line === '') flush();
    else para.push(line.trim());
  }
  flush();
  return blocks;
}

const doc = new PDFDocument({
  size: 'A4',
  margin: 50,
  info: { Title: 'Resume', Author: 'Ananya Rao', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
});
doc.pipe(createWriteStream(output));
for (const b of parse(readFileSync(input, 'utf8'))) {
  switch (b.kind) {
    case 'h1':
      doc.font('Helvetica-Bold').fontSize(20).text(b.text).moveDown(0.2);
      break;
    case 'h2':
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(b.text.toUpperCase()).moveDown(0.2);
      break;
    case 'h3':
      doc.moveDown(0.3).font('Helvetica-Bold').fontSize(11).text(b.text);
      break;
    case 'li':
      doc.font('Helvetica').fontSize(10).text(`•  ${b.text}`, { indent: 10 }).moveDown(0.1);
      break;
    default:
      doc.font('Helvetica').fontSize(10).text(b.text).moveDown(0.2);
  }
}
doc.end();
process.stderr.write(`resume → ${output}\n`);
