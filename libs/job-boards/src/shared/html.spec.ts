import { decodeEntities, htmlToPlain } from './html';

describe('decodeEntities', () => {
  it.each([
    ['&lt;p&gt;K&oslash;benhavn&lt;/p&gt;', '<p>København</p>'],
    ['S&atilde;o Paulo &amp; Z&uuml;rich', 'São Paulo & Zürich'],
    ['&Oslash;stfold, &Eacute;vry', 'Østfold, Évry'],
    ['&#x15A;l&#261;sk', 'Śląsk'],
    // Once only: the escaped page shows "&lt;" literally.
    ['&amp;lt;b&amp;gt;', '&lt;b&gt;'],
    ['?a=1&notify=2', '?a=1&notify=2'],
  ])('%p → %p', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('htmlToPlain', () => {
  it('keeps list items and decodes accented names', () => {
    expect(htmlToPlain('<p>Sites:</p><ul><li>Gen&egrave;ve</li><li>K&oslash;ge</li></ul>')).toBe(
      'Sites:\n\n- Genève\n- Køge',
    );
  });
});
