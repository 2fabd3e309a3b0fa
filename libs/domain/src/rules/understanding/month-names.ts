/**
 * Month names and their usual abbreviations in English, German, French, Spanish, Italian and
 * Portuguese, the languages whose open ends ("heute", "aujourd'hui", "actualidad") resumes are read in.
 */
const MONTH_FORMS: readonly string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro'],
  [
    'february',
    'feb',
    'februar',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'fév',
    'fev',
    'febrero',
    'febbraio',
    'fevereiro',
  ],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'sett', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];

const MONTH_OF = new Map(MONTH_FORMS.flatMap((forms, month) => forms.map((f) => [f, month] as const)));

/**
 * A regular-expression source matching one month name ("März", "Sept.", "janvier"); longest forms
 * first so "june" is not read as "jun" + "e". Not a word's tail: "Summer" holds no month.
 */
export const MONTH_PATTERN = `(?<!\\p{L})(?:${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})\\.?`;

/** The month (0–11) a name or abbreviation stands for, or undefined. */
export function monthOfName(word: string): number | undefined {
  return MONTH_OF.get(word.toLowerCase().replace(/\.$/, ''));
}
