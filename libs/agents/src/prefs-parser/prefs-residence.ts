/**
 * What a place mention is doing in a preferences text, from the words around it in its sentence:
 * where the person lives ("I live in Valencia", "I'm moving from Kolkata to …", "US-based (Ohio)"),
 * where their past lies ("finished my MSc in Delft", "at a hospital in Kochi", "certified in Texas"),
 * a visa or citizenship detail ("EU citizen", "a permit in Ireland"), working hours ("must overlap US hours",
 * "LATAM or US time zones"), or a place they would work (the rest).
 */
import { mentionsRole } from '@job-hunter/domain';

export type PlaceUse = 'home' | 'background' | 'status' | 'hours' | 'wish';

const HOME_BEFORE = new RegExp(
  [
    "\\b(?:i'm|i\\s+am|we're|we\\s+are)\\s+(?:currently\\s+|now\\s+|still\\s+|actually\\s+|physically\\s+)?(?:based\\s+|located\\s+|living\\s+|sitting\\s+)?(?:in|near|around|out\\s+of)\\s+(?:the\\s+)?$",
    '\\b(?:i|we)\\s+(?:currently\\s+|now\\s+)?(?:live|reside|stay)\\s+(?:in|near)\\s+(?:the\\s+)?$',
    '\\b(?:currently|presently|now)\\s+(?:based\\s+|located\\s+|living\\s+)?(?:in|near)\\s+(?:the\\s+)?$',
    '\\b(?:living|residing|based|located)\\s+(?:in|near|out\\s+of)\\s+(?:the\\s+)?$',
    '\\b(?:moving|relocating|coming)\\s+(?:\\w+\\s+)?from\\s+(?:the\\s+)?$',
    "\\b(?:i'm|i\\s+am)\\s+from\\s+(?:the\\s+)?$",
    // "I'm a registered nurse (BSN) in Manila": the person described where they are now.
    "\\b(?:i'm|i\\s+am)\\s+(?:an?\\s+)(?:[\\w()/-]+\\s+){1,5}in\\s+$",
    // "US-based (Denver)": the city in brackets after the person's base is where they are.
    '\\b[A-Za-z]{2,}[\\s-]based\\s*\\(\\s*$',
  ].join('|'),
  'i',
);
// "Registered nurse from Iloilo", "I'm a civil engineer (bridges) from Vietnam": the person's role and where
// they come from, opening a sentence ("Remote from Mexico" is where they would work).
const ORIGIN_BEFORE = /^\s*(?:i'm\s+|i\s+am\s+)?(?:an?\s+)?((?:[\w()/,-]+\s+){1,8})from\s+(?:the\s+)?$/i;

function originBefore(before: string): boolean {
  const person = ORIGIN_BEFORE.exec(before)?.[1] ?? '';
  return mentionsRole(person) && !/\b(?:remote(?:ly)?|work(?:ing)?|wfh|jobs?|roles?|positions?)\b/i.test(person);
}

// "based in" after a job word is where the job is: "roles based in London".
const JOB_BASED_BEFORE =
  /\b(?:roles?|jobs?|positions?|openings?|companies|company|teams?|offices?)\s+based\s+in\s+(?:the\s+)?$/i;
// "US-based (Ohio)", "Berlin based": a place followed by "-based" and no job word is the person's base.
const BASED_AFTER = /^[\s-]*based\b(?!\s+(?:roles?|jobs?|positions?|openings?|companies|company|teams?|work)\b)/i;
// "… in X right now", "… in X at the moment": being somewhere now.
const NOW_AFTER = /^\s*,?\s*(?:right\s+now|at\s+the\s+moment|currently|for\s+now)\b/i;
const BACKGROUND_BEFORE = new RegExp(
  [
    '\\b(?:stud(?:y|ies|ied|ying)|finish(?:ed|ing)|graduat(?:ed|ing)|certified|licensed|qualified|trained|worked|working|degree|msc|bsc|mba|phd|masters?|bachelors?|years?|months?|experience|summered|interned)\\b[^.;,\\n]{0,40}\\b(?:in|at)\\s+(?:the\\s+)?$',
    '\\bat\\s+(?:a|an|the|my)\\s+(?:[\\w-]+\\s+){1,3}(?:in|near)\\s+(?:the\\s+)?$',
  ].join('|'),
  'i',
);
const STATUS_BEFORE =
  /\b(?:visa|permit|passport|citizenship|sponsorship|route|residency|nationality)\b[^.;\n]{0,25}\b(?:in|for|to)\s+(?:the\s+)?$/i;
// "US hours", "EU time zones", "overlap with UK business hours": a clock to keep, not a place.
const HOURS_AFTER =
  /^\s*(?:(?:or|and|\/)\s*[A-Z][\w ]{0,15}?\s+)?(?:business\s+|working\s+|office\s+)?(?:hours|time\s*zones?|timezones?|tz)\b/i;
const STATUS_AFTER = /^\s*(?:citizen|national|passport|resident|visa|work\s+permit|permit)s?\b/i;

function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 80), index);
  return before.split(/[.;!?\n•]\s|[\n•;]|\s[-–—]\s/).pop() ?? '';
}

/** What the place written at `index` (of `length` characters) is in the text. */
export function placeUseAt(text: string, index: number, length: number): PlaceUse {
  const before = sentenceBefore(text, index);
  const after = text.slice(index + length, index + length + 30);
  if (STATUS_AFTER.test(after) || STATUS_BEFORE.test(before)) return 'status';
  if (HOURS_AFTER.test(after)) return 'hours';
  if (JOB_BASED_BEFORE.test(before)) return 'wish';
  if (HOME_BEFORE.test(before) || BASED_AFTER.test(after) || NOW_AFTER.test(after) || originBefore(before))
    return 'home';
  if (BACKGROUND_BEFORE.test(before)) return 'background';
  return 'wish';
}
