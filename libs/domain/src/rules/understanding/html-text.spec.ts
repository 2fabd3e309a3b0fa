import { cleanText, decodeEntities, htmlToText } from './html-text';

describe('decodeEntities', () => {
  it.each([
    ['AT&amp;T', 'AT&T'],
    ['&lt;p&gt;', '<p>'],
    ['&amp;lt;p&amp;gt;', '<p>'],
    ['&#39;quoted&#x27;', "'quoted'"],
    ['caf&eacute; &euro;5', 'café €5'],
    ['&unknown; stays', '&unknown; stays'],
    ['K&oslash;benhavn', 'København'],
    ['S&atilde;o Paulo', 'São Paulo'],
    ['Z&uuml;rich', 'Zürich'],
    ['&Eacute;cole &eacute;t&eacute;', 'École été'],
    ['&Aring;rhus, &THORN;&oacute;r', 'Århus, Þór'],
    ['Ł&oacute;d&zacute;, Kraków', 'Łódź, Kraków'],
    ['&#x15A;l&#261;sk', 'Śląsk'],
    ['a&amp;nbsp;b', 'a\u00a0b'],
    ['&ETH; is not &eth;', 'Ð is not ð'],
    ['&NotAnEntity; &Amp;', '&NotAnEntity; &Amp;'],
    // A reference needs its semicolon: query strings and prose keep their ampersands.
    ['?lang=en&notify=1&copy=2', '?lang=en&notify=1&copy=2'],
  ])('%p → %p', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('cleanText', () => {
  it('collapses spaces, drops invisible characters and trims', () => {
    expect(cleanText('  a\u200b  b\t\tc \u00a0 d\u0007 \n\n\n\n e  ')).toBe('a b c d\n\ne');
  });

  it('trims each line of every kind of space, and reads \\r\\n and \\r as line breaks', () => {
    expect(cleanText('a \u1680\r\n\u2028 b\u3000\t\rc\u00a0\n \n\u200b\n d')).toBe('a\nb\nc\n\nd');
    expect(cleanText('a \u1680 b')).toBe('a \u1680 b');
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs, breaks and list items', () => {
    const html = '<h2>About</h2><p>We build <b>things</b>.</p><ul><li>Go</li><li><p>Rust</p></li></ul>Line<br/>two';
    expect(htmlToText(html)).toBe('About\n\nWe build things.\n- Go\n- Rust\n\nLine\ntwo');
  });

  it('decodes double-escaped markup from boards', () => {
    expect(htmlToText('&lt;p&gt;Hello &amp;amp; welcome&lt;/p&gt;&lt;ul&gt;&lt;li&gt;One&lt;/li&gt;&lt;/ul&gt;')).toBe(
      'Hello & welcome\n- One',
    );
  });

  it('drops script, style and comments', () => {
    expect(htmlToText('<style>p{}</style><script>alert(1)</script><!-- x --><p>Text</p>')).toBe('Text');
  });

  it('reads accented place names in escaped markup', () => {
    expect(
      htmlToText('&lt;p&gt;Offices in K&amp;oslash;benhavn &amp;amp; S&amp;atilde;o&amp;nbsp;Paulo&lt;/p&gt;'),
    ).toBe('Offices in København & São Paulo');
  });

  it('keeps literal angle brackets that were escaped text', () => {
    expect(htmlToText('<p>5 &lt; 6</p>')).toBe('5 < 6');
  });

  it('keeps a bare < that opens no tag, and still reads the tag after it', () => {
    expect(htmlToText('pay < 100k<p>Remote</p>')).toBe('pay < 100k\n\nRemote');
    expect(htmlToText('<td>a</td><td>b</td><tr><li >x</li ><br >y')).toBe('a b\n- x\n\ny');
  });
});
