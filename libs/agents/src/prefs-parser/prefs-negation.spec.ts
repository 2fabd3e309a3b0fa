import { isNegated, negatedSpans, withoutNegated } from './prefs-negation';

describe('negatedSpans', () => {
  const negatedWords = (text: string) => withoutNegated(text).split(/\s+/).filter(Boolean).join(' ');

  it.each([
    ['Not interested in crypto or web3 companies. Full-time only.', '. Full-time only.'],
    ['No Java, PHP or Ruby. Go preferred.', '. Go preferred.'],
    ['no onsite, hybrid ok', ', hybrid ok'],
    ['Avoid PHP; I like Go', '; I like Go'],
    ['not interested in crypto, based in Pune', ', based in Pune'],
    ['I do not want agencies but startups are great', 'I but startups are great'],
    ['not interested in Java or .NET roles; min €60k', '; min €60k'],
  ])('%p keeps only %p', (text, kept) => {
    expect(negatedWords(text)).toBe(kept);
  });

  it.each(["I don't mind remote", 'no older than 30 days', 'no more than two office days', 'Remote anywhere is fine'])(
    '%p negates nothing',
    (text) => {
      expect(negatedSpans(text)).toEqual([]);
    },
  );

  it('tells whether an offset is inside a refusal', () => {
    const text = 'Go yes, no Java';
    const spans = negatedSpans(text);
    expect(isNegated(spans, text.indexOf('Go'))).toBe(false);
    expect(isNegated(spans, text.indexOf('Java'))).toBe(true);
  });
});
