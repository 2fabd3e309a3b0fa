import { cleanText, decodeEntities, htmlToText } from './html-text';

describe('decodeEntities', () => {
  it.each([
    ['AT&amp;T', 'AT&T'],
    ['&lt;p&gt;', '<p>'],
    ['&amp;lt;p&amp;gt;', '<p>'],
    ['&#39;quoted&#x27;', "'quoted'"],
    ['caf&eacute; &euro;5', 'café €5'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%p → %p', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('cleanText', () => {
  it('collapses spaces, drops invisible characters and trims', () => {
    expect(cleanText('  a\u200b  b\t\tc \u00a0 d\u0007 \n\n\n\n e  ')).toBe('a b c d\n\ne');
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

  it('keeps literal angle brackets that were escaped text', () => {
    expect(htmlToText('<p>5 &lt; 6</p>')).toBe('5 < 6');
  });
});
