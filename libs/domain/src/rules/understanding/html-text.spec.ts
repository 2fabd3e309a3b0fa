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

// The regex chain cleanText replaced, kept as the definition its one scan must match.
function cleanTextByRegex(s: string): string {
  const space = '\\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000';
  return (
    s
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(new RegExp(` [${space} ]+|[${space}][${space} ]*`, 'g'), ' ')
      .replace(/[^\S\n]+\n[^\S\n]*|\n[^\S\n]+/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

describe('cleanText against the regex chain it replaced', () => {
  it('reads every UTF-16 code unit the same, between words, in runs and beside line breaks', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const s of [`a${c}b`, `a ${c} b`, `a\n${c}\nb`, `${c}a${c}`, `a${c}${c}\n\n\nb`, `a${c}\r\n ${c}\n\nb`]) {
        if (cleanText(s) !== cleanTextByRegex(s)) differ.push(JSON.stringify(s));
      }
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ' a  b \n\n c ',
    'a\n\nb\n\n\n\nc',
    '\n\n\n',
    '',
    'a \n b',
    'a\r\r\nb',
    'a\u200b \u200b\u00a0b',
    'x\u2028\u2028 y',
  ])('reads %p the same', (s) => {
    expect(cleanText(s)).toBe(cleanTextByRegex(s));
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

  it.each([
    ['<P>One</P><LI>Two<BR>Three<Br/>Four<bR />Five', 'One\n- Two\nThree\nFour\nFive'],
    // Only <br>, <br/>, <br /> break a line; a tag that merely starts with "br" is inline.
    ['a<br/ >b<br x>c</br>d<brx>e<br_>f', 'abcdef'],
    ['<p_>x</p_><li_>y', 'xy'],
    ['<ul><li>a</li ><li></li><li>&nbsp;</li><li> b</li></ul>', '- a\n- b'],
    ['<li>\u200b</li><li>x</li>', '-\n- x'],
    ['<scripts>x</scripts><script-x>y</script-x>z', 'xyz'],
    ['<SCRIPT type="a">x</script >y<style>p{}</STYLE>z', 'yz'],
    // An element or comment that never ends is read as a tag, and the text after it stays.
    ['<script>never closed<p>after</p>', 'never closed\n\nafter'],
    ['<!-- never closed <p>x</p>', '<!-- never closed\n\nx'],
    ['<!---->a<!-->b-->c', 'ac'],
    ['a<>b<<p>c<p<d>e', 'a<>b<\n\nc<pe'],
    ['<h7>x</h7><h6>y</h6><td>1</td><th>2</th>', 'x\n\ny\n\n1 2'],
    ['<p>x</p>\n\n- literal dash', 'x\n- literal dash'],
    ['x\r\ny\rz\r\r\nw', 'x\ny\nz\n\nw'],
  ])('reads the edge %p', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
