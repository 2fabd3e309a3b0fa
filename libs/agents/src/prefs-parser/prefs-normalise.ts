import { countryName, findPlacesInText, misspeltRoleNoun, roleAbbreviation } from '@job-hunter/domain';
import { payAmountsAsDigits } from './prefs-number-words';

/**
 * The first stage of the preferences grammar: one spelling for what people write many ways, so the
 * later rules match words rather than keyboards. Only shorthands, symbols and misspelt role nouns
 * change; capitalised names (companies, places) are left exactly as written.
 */

// Shorthands people use in notes, each a whole word (case-insensitive unless the pattern says).
const SHORTHANDS: ReadonlyArray<[RegExp, string]> = [
  [/\bsr\.?(?=\s|\/|,|$)/gi, 'senior'],
  [/\bjr\.?(?=\s|\/|,|$)/gi, 'junior'],
  [/\bmedior\b/gi, 'mid-level'],
  // Specialities written as two words are one: "full stack roles" → full-stack, "back end" → backend.
  [/\bfull\s+stack\b/gi, 'full-stack'],
  [/\bback\s+end\b/gi, 'backend'],
  [/\bfront\s+end\b/gi, 'frontend'],
  // "perm only", "perm roles": a permanent contract, not the city of Perm.
  [/\bperm\b(?=\s+(?:only|roles?|jobs?|positions?|contracts?)\b)/gi, 'permanent'],
  // "mid-senior", "senior-staff": a range of levels written as one word.
  [/\b(junior|mid|senior|staff|principal)-(mid|senior|staff|principal|lead)\b/gi, '$1 to $2'],
  [/\bblr\b/gi, 'Bangalore'],
  [/\bhyd\b/gi, 'Hyderabad'],
  [/\bpl[sz]\b/gi, 'please'],
  [/\bat\s?least\b/gi, 'at least'],
  [/\bthx\b/gi, 'thanks'],
  [/\b(?:yrs?|yoe)\b/gi, 'years'],
  [/\bmaths\b/gi, 'math'],
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/(?=\s)/gi, 'with'],
  // Contractions written without the apostrophe; "im", "ive", "dont" are not words otherwise.
  [/\bim\b/g, "I'm"],
  [/\bive\b/g, "I've"],
  [/\b(don|won|can|doesn|isn|aren|wouldn)t\b/gi, "$1't"],
  [/\bIC\b/g, 'individual contributor'],
  [/\beng(?=\s+(?:manager|mgr|director|lead)s?\b)/gi, 'engineering'],
  // "<60d", "< 3 weeks": a maximum posting age written as a comparison.
  [/<\s?(\d+)\s?d\b/gi, 'posted in the last $1 days'],
  [/<\s?(\d+)\s?(day|week|month)s?\b/gi, 'posted in the last $1 $2s'],
  [/\bk\s?\/\s?(?:yr|year)\b/gi, 'k per year'],
];

// Another two-letter country code after "remote", "in" or "from" ("remote IN", "based in DE") names the country.
const CODE_AFTER = /\b(remote(?:ly)?|in|from|within|across)\s+([A-Z]{2})\b(?![-'’]\w)/g;

function expandCountryCodes(text: string): string {
  return text.replace(CODE_AFTER, (whole, cue: string, code: string) => {
    // Codes the place reader already knows ("EU", "US", "UK") stay; "IT" after "in" is the trade.
    if (findPlacesInText(code).length > 0 || (code === 'IT' && cue.toLowerCase() !== 'remote')) return whole;
    const name = countryName(code);
    return name && name !== code ? `${cue} ${name}` : whole;
  });
}

// Codes that are read only in capitals, since in lower case they are words ("us", "pm", "em").
const CAPITAL_CODES = new Set(
  'us uk eu eea emea apac latam amer nyc sf ncr uae dach sg hk pm pms em ems rn rns ae sdr bdr tpm hrbp'.split(' '),
);

/**
 * A note typed all in lower case ("sr pm, nyc hybrid, remote us") writes codes in lower case too: read
 * them as the capitals they stand for, unless a number comes right before ("5 pm").
 */
function capitaliseCodes(text: string): string {
  if (/\p{Lu}/u.test(text)) return text;
  return text.replace(
    /(^|[^\p{L}\p{N}])([a-z]{2,5})(?![\p{L}\p{N}])/gu,
    (whole, before: string, word: string, at: number) =>
      CAPITAL_CODES.has(word) && !/\d\s*$/.test(text.slice(0, at + before.length))
        ? `${before}${word.toUpperCase()}`
        : whole,
  );
}

/**
 * In an all-lower-case note ("sr backend, pune or hyd"), a word standing alone between list marks whose
 * capitalised form is a city is that city: "pune" → "Pune". Words inside running phrases stay as written.
 */
function capitaliseNoteCities(text: string): string {
  if (/\p{Lu}/u.test(text)) return text;
  return text.replace(
    /(^|[,/;\n]\s*|\bor\s+|\band\s+)([a-z]{4,})(?=\s*(?:[,/;.\n]|\s+or\b|\s+and\b|\s+(?:hybrid|remote|on-?site|office)\b|$))/g,
    (whole, before: string, word: string) => {
      const capital = `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
      const found = findPlacesInText(capital);
      return found.length === 1 && found[0]?.place.city && found[0].length === capital.length
        ? `${before}${capital}`
        : whole;
    },
  );
}

/** The text with unicode punctuation, shorthands and misspelt role nouns in one plain form. */
export function normalisePrefsText(text: string): string {
  let out = text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s*[·•▪◦]\s*/g, '\n')
    .replace(/\p{Extended_Pictographic}/gu, ' ')
    .replace(/\u00a0/g, ' ')
    // An ellipsis is a pause inside a thought ("backend… actually, platform"), not a sentence end.
    .replace(/\.{3,}/g, '…');
  out = capitaliseNoteCities(capitaliseCodes(payAmountsAsDigits(out)));
  for (const [re, to] of SHORTHANDS) out = out.replace(re, to);
  out = expandCountryCodes(out);
  // "BDR/SDR", "PM/TPM": two role abbreviations joined by a slash are two roles.
  out = out.replace(/\b([A-Za-z]{2,6})\/([A-Za-z]{2,6})\b/g, (whole, a: string, b: string) =>
    roleAbbreviation(a) && roleAbbreviation(b) ? `${a} / ${b}` : whole,
  );
  return out.replace(/\b[a-z]{7,}\b/g, (w) => misspeltRoleNoun(w) ?? w);
}
