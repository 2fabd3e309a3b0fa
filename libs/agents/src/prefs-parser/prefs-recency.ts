import { numberFromWords, SMALL_NUMBER_WORD } from './prefs-number-words';

// Counts people write without a figure: "a month", "a couple of weeks", "a few days".
const VAGUE_COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, couple: 2, few: 3 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 30, year: 365 };
const COUNT = `(\\d+|${SMALL_NUMBER_WORD}|${Object.keys(VAGUE_COUNTS).join('|')})?`;
const UNIT = '(day|week|fortnight|month|year)s?';
// "max 2 days in office", "under 3 weeks notice": a count of days that is no posting age.
const NOT_AGE =
  '(?!\\s+(?:a\\s+week|per\\s+week|in\\s+(?:the\\s+)?office|on[\\s-]?site|of\\s+(?:notice|travel)|notice|travel))';
/**
 * The ways a text bounds a posting's age: "posted in the last 60 days", "past 2 weeks", "within a month",
 * "nothing older than 3 weeks", "no older than 30 days", "nothing posted more than six weeks ago",
 * "under a fortnight old", "only jobs from the last week", "nothing that's been up for more than a month".
 */
const AGE_FORMS = [
  new RegExp(
    `\\b(?:last|past|within|no\\s+older\\s+than|(?:anything|nothing|jobs?|postings?|roles?)?\\s*older\\s+than|less\\s+than|under|newer\\s+than|max(?:imum)?)\\s+(?:the\\s+)?(?:a\\s+(?=couple|few))?${COUNT}\\s*(?:of\\s+)?${UNIT}\\b${NOT_AGE}`,
    'i',
  ),
  new RegExp(
    `\\b(?:more\\s+than|over)\\s+(?:a\\s+(?=couple|few))?${COUNT}\\s*(?:of\\s+)?${UNIT}\\s+(?:ago|old)\\b`,
    'i',
  ),
  // "nothing that's been up for more than a month", "no ads listed longer than 3 weeks".
  new RegExp(
    `\\b(?:up|open|listed|posted|live|online|advertised|out\\s+there)\\s+(?:for\\s+)?(?:more\\s+than|over|longer\\s+than)\\s+(?:a\\s+(?=couple|few))?${COUNT}\\s*(?:of\\s+)?${UNIT}\\b${NOT_AGE}`,
    'i',
  ),
];

/** The most days old a wanted posting may be, or null for any age. */
export function maxAgeFrom(text: string): number | null {
  for (const re of AGE_FORMS) {
    const m = re.exec(text);
    if (!m?.[2]) continue;
    const count = m[1]?.toLowerCase();
    const n = count ? (VAGUE_COUNTS[count] ?? numberFromWords(count) ?? Number(count)) : 1;
    if (Number.isFinite(n)) return n * (UNIT_DAYS[m[2].toLowerCase()] ?? 1);
  }
  return /\bthis\s+week\b/i.test(text) ? 7 : null;
}
