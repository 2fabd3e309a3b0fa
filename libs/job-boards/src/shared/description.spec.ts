import { htmlToText } from '@job-hunter/domain';
import { descriptionOf, htmlShowsText } from './description';

const blank = (html: string): boolean => htmlToText(html).trim() === '';

describe('htmlShowsText', () => {
  it.each([
    '<p>Support EMEA customers.</p>',
    'Plain words',
    '<p style="min-height:1.5em"><strong>About Abound</strong></p>',
    '<ul><li>  Python</li></ul>',
    '<p></p> x',
    '<p>Ünïcödé</p>',
    // Entities after the first visible letter cannot reach back to it.
    '<p>R&amp;D &lt;b&gt;</p><!-- gone --><script>gone</script>',
  ])('%p shows text', (html) => {
    expect(htmlShowsText(html)).toBe(true);
    expect(blank(html)).toBe(false);
  });

  it.each([
    [undefined, true],
    ['', true],
    ['<p></p><br/>', true],
    ['<p>&nbsp;</p>', true],
    ['<a title="a b c"></a>', true],
    ['<!-- <b>Hidden</b> -->', true],
    ['<script>var x = 1;</script>', true],
    ['<STYLE>p { color: red }</STYLE>', true],
    ['<noscript>Hidden</noscript>', true],
    ['<template><p>Hidden</p></template>', true],
    // Not blank, but unsure: the check does not decode entities or read non-ASCII letters.
    ['&lt;p&gt;Escaped&lt;/p&gt;', false],
    ['<p>&amp; Co</p>', false],
    ['<p>こんにちは</p>', false],
  ])('%p is not known to show text (blank: %p)', (html, isBlank) => {
    expect(htmlShowsText(html)).toBe(false);
    if (html !== undefined) expect(blank(html)).toBe(isBlank);
  });

  it('never claims text where htmlToText finds none (100,000 random fragments)', () => {
    // Few pieces, so that the short sequences that hide a letter come up often: a letter inside a
    // comment or script after a '>', inside escaped markup, or joined to an entity by a decoded '&'.
    const pieces = [
      '<p>',
      '</p>',
      '<br>',
      '<a title="x>y">',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      '&lt;',
      '&gt;',
      '&amp;',
      '&#60;',
      '&nbsp;',
      '<',
      '>',
      ' ',
      'a',
      'lt;',
      '\u200b',
    ];
    // mulberry32: seeded, so a failure repeats.
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    let claimed = 0;
    for (let i = 0; i < 100_000; i++) {
      let html = '';
      for (let k = 1 + random(8); k > 0; k--) html += pieces[random(pieces.length)];
      if (!htmlShowsText(html)) continue;
      claimed++;
      if (blank(html)) throw new Error(`htmlShowsText(${JSON.stringify(html)}) but htmlToText is blank`);
    }
    // The fuzz exercises the claim, not only the refusals.
    expect(claimed).toBeGreaterThan(20_000);
  });
});

describe('descriptionOf', () => {
  it('drops the plain text beside HTML that shows text, without building it', () => {
    const plain = jest.fn(() => 'Support EMEA customers.');
    expect(descriptionOf('<p>Support EMEA customers.</p>', plain)).toEqual({
      descriptionHtml: '<p>Support EMEA customers.</p>',
    });
    expect(plain).not.toHaveBeenCalled();
  });

  it.each([undefined, '<p>&nbsp;</p>'])('keeps the plain text beside HTML %p', (html) => {
    expect(descriptionOf(html, () => 'Support EMEA customers.')).toEqual({
      descriptionHtml: html,
      descriptionText: 'Support EMEA customers.',
    });
  });
});
