/**
 * Amounts written in words ("twenty-one dollars an hour", "forty thousand pounds", "ninety-five grand"),
 * written as digits so the pay reader sees a figure. Only before a currency or pay word: "one company",
 * "two days in office" stay words.
 */

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
/** One number up to ninety-nine written in words ("six", "forty-five"), for patterns that count things. */
export const SMALL_NUMBER_WORD = `(?:(?:${TENS.join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')})`;
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const WORD = `(?:${[...UNITS, ...TENS, ...Object.keys(SCALES), 'and', 'a'].join('|')})`;
const PAY_AFTER =
  '(?:dollars?|bucks|pounds?|quid|euros?|rupees?|francs?|yen|rand|pesos?|grand|k\\b|an\\s+hour|per\\s+hour|an\\s+hr|/\\s*h(?:ou)?r)';
// A run of number words (joined by spaces, hyphens or "and") right before a pay word.
const AMOUNT_IN_WORDS = new RegExp(`\\b(${WORD}(?:[\\s-]+${WORD})*)(?=\\s*${PAY_AFTER})`, 'gi');

/** The value of number words ("twenty-one" → 21, "a hundred and five" → 105), or undefined when not a number. */
export function numberFromWords(words: string): number | undefined {
  let total = 0;
  let group = 0;
  let seen = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w === 'a') {
      group = group || 1; // "a hundred", "a thousand"
      continue;
    }
    const unit = UNITS.indexOf(w);
    const ten = TENS.indexOf(w);
    const scale = SCALES[w];
    if (unit >= 0) group += unit;
    else if (ten >= 0) group += (ten + 2) * 10;
    else if (scale === 100) group = (group || 1) * 100;
    else if (scale) {
      total += (group || 1) * scale;
      group = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + group : undefined;
}

/** The text with amounts in words before a pay word written as digits (same meaning, offsets may change). */
export function payAmountsAsDigits(text: string): string {
  return text.replace(AMOUNT_IN_WORDS, (m: string) => {
    // "a grand", "and a k": a lone article or conjunction is no amount.
    if (/^(?:a|and)$/i.test(m.trim())) return m;
    const lead = /^(?:and\s+)+/i.exec(m)?.[0] ?? '';
    const n = numberFromWords(m.slice(lead.length));
    return n === undefined ? m : `${lead}${n}`;
  });
}
