import { unreadableTextReason } from './resume-text-check';

/** Bytes from a fixed-seed generator, so the "random" file is the same on every run. */
function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

const RESUME = [
  'Priya Sharma — Senior Backend Engineer, Bengaluru',
  'Experience: 8 years building payment systems in Go and PostgreSQL at Lumenpay.',
  'Skills: Go, Kubernetes, Kafka, PostgreSQL, AWS.',
].join('\n');

describe('unreadableTextReason', () => {
  it('passes a real resume, accents and tabs included', () => {
    expect(unreadableTextReason(RESUME)).toBeNull();
    expect(unreadableTextReason(`${RESUME}\n\tJosé Müller, Zürich — Straße 5, Ålesund`)).toBeNull();
  });

  it('passes a resume with a few unmapped glyphs, as some PDFs give', () => {
    expect(unreadableTextReason(RESUME.replace(/ü|—|,/g, '\ufffd'))).toBeNull();
  });

  it('rejects random bytes read as UTF-8, saying how much of them is junk', () => {
    const reason = unreadableTextReason(noise(100 * 1024).toString('utf8'));
    expect(reason).toMatch(/^it looks like binary data, not text: of the [\d,]+ characters read, \d+% are control/);
    expect(Number(/(\d+)%/.exec(reason ?? '')?.[1])).toBeGreaterThan(10);
  });

  it('rejects UTF-16 text read as UTF-8 (every other character a NUL)', () => {
    expect(unreadableTextReason(Buffer.from(RESUME, 'utf16le').toString('utf8'))).toMatch(/binary data/);
  });

  it('rejects text with no words, and quotes the few words it did read', () => {
    expect(unreadableTextReason('1234 5678 -- !!! ## 42')).toMatch(/^no words could be read/);
    expect(unreadableTextReason('Jane Doe\n\nCV 2024 — page 1 of 1')).toBe(
      'only 5 words could be read from it ("Jane Doe CV page of"), too few for a resume (a scanned image PDF needs OCR first)',
    );
  });
});
