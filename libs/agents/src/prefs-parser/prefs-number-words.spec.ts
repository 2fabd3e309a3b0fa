import { numberFromWords, payAmountsAsDigits } from './prefs-number-words';
import { prefsFromText } from './prefs-text.rules';

describe('amounts written in words', () => {
  it.each([
    ['twenty-one', 21],
    ['ninety five', 95],
    ['a hundred and five', 105],
    ['forty thousand', 40000],
    ['two hundred fifty thousand', 250000],
    ['nineteen', 19],
    ['hello', undefined],
  ])('%p = %p', (words, value) => {
    expect(numberFromWords(words)).toBe(value);
  });

  it.each([
    ['Thirty-two euros an hour, minimum', '32 euros an hour, minimum'],
    ['fifty grand at least', '50 grand at least'],
    // Counts of other things stay words.
    ['one company, two days in office', 'one company, two days in office'],
    ['a grand idea', 'a grand idea'],
  ])('%p → %p', (text, expected) => {
    expect(payAmountsAsDigits(text)).toBe(expected);
  });

  it('reads the pay of a spoken note', () => {
    expect(prefsFromText('uh, eighteen pounds an hour or more, Bristol').minSalary).toMatchObject({
      amount: 18,
      currency: 'GBP',
      period: 'hour',
    });
  });
});
