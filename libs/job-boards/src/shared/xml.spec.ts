import { XmlEntitiesDeclaredError, declaresEntities, looksLikeHtml, xmlParser, type BoardXmlOptions } from './xml';

/** The classic "billion laughs": ten nested levels of ten references, 3·10⁹ characters if expanded. */
const BILLION_LAUGHS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  ' <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => {
    const inner = i === 0 ? 'lol' : `lol${i}`;
    return ` <!ENTITY lol${i + 1} "${`&${inner};`.repeat(10)}">`;
  }),
  ']>',
  '<lolz><title>&lol9;</title></lolz>',
].join('\n');

/** A flat "quadratic blowup": one 10,000-character entity referenced 1,000 times (10 MB if expanded). */
const QUADRATIC = `<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "${'a'.repeat(10_000)}">]><q><t>${'&a;'.repeat(1000)}</t></q>`;

function title(doc: unknown): unknown {
  return (doc as { lolz?: { title?: unknown } }).lolz?.title;
}

describe('xmlParser', () => {
  it('refuses a document declaring entities when it decodes entities (the default), before parsing', () => {
    const started = Date.now();
    expect(() => xmlParser().parse(BILLION_LAUGHS)).toThrow(XmlEntitiesDeclaredError);
    expect(() => xmlParser({ htmlEntities: true }).parse(QUADRATIC)).toThrow(XmlEntitiesDeclaredError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('leaves every reference as written when it does not decode entities: nothing a document declares is expanded', () => {
    const started = Date.now();
    const parser = xmlParser({ decodeEntities: false });
    expect(title(parser.parse(BILLION_LAUGHS))).toBe('&lol9;');
    const quadratic = parser.parse(QUADRATIC) as { q: { t: string } };
    expect(quadratic.q.t).toBe('&a;'.repeat(1000));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('decodes the XML built-ins (and, with htmlEntities, numeric and HTML named references) once', () => {
    const xml = '<r><a>Sales &amp; Marketing</a><b>&lt;p&gt;</b><c>Z&#252;rich &mdash; &copy;</c><d>&amp;lt;</d></r>';
    expect(xmlParser().parse(xml)).toMatchObject({ r: { a: 'Sales & Marketing', b: '<p>', d: '&lt;' } });
    expect(xmlParser({ htmlEntities: true }).parse(xml)).toMatchObject({ r: { c: 'Zürich — ©' } });
  });

  it('keeps values as trimmed text, whatever a board asks', () => {
    const xml = '<r><id> 007 </id><n>1e3</n><flag>true</flag><date>2026-09-01</date></r>';
    const expected = { r: { id: '007', n: '1e3', flag: 'true', date: '2026-09-01' } };
    expect(xmlParser().parse(xml)).toEqual(expected);
    // Not in BoardXmlOptions: a board cannot turn number parsing back on.
    const sneaky = { parseTagValue: true, trimValues: false } as unknown as BoardXmlOptions;
    expect(xmlParser(sneaky).parse(xml)).toEqual(expected);
  });

  it('keeps the board’s own options: repeated elements as lists, CDATA apart', () => {
    const parser = xmlParser({
      decodeEntities: false,
      cdataPropName: '__cdata',
      isArray: (_name, jPath) => jPath === 'r.item',
    });
    expect(parser.parse('<r><item><d><![CDATA[<p>a &amp; b</p>]]></d></item></r>')).toEqual({
      r: { item: [{ d: { __cdata: '<p>a &amp; b</p>' } }] },
    });
  });
});

describe('declaresEntities and looksLikeHtml', () => {
  it('tells entity declarations and web pages from plain XML', () => {
    expect(declaresEntities(BILLION_LAUGHS)).toBe(true);
    expect(declaresEntities('<?xml version="1.0"?><rss><channel/></rss>')).toBe(false);
    expect(looksLikeHtml('<!DOCTYPE html><html><body>Not found</body></html>')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?><!-- x --><html lang="en"></html>')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?><workzag-jobs/>')).toBe(false);
  });
});
