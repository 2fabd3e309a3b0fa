import { roleNeedsQualifier, roleNounOf, seniorityRank, type Seniority, SENIORITIES } from '@job-hunter/domain';
import { isNegated, negatedSpans, type Span } from './prefs-negation';

const LEVEL_WORDS: [RegExp, Seniority][] = [
  [/^(?:intern|interns|internship|internships)$/, 'intern'],
  [/^(?:junior|jr|entry[\s-]level|graduate|new[\s-]grad|associate)$/, 'junior'],
  [/^(?:mid|mid[\s-]level|intermediate)$/, 'mid'],
  [/^(?:senior|sr)$/, 'senior'],
  // "Lead" sits with staff (the reading contract), unless the text means managing people.
  [/^(?:staff|lead)$/, 'staff'],
  [/^principal$/, 'principal'],
  [/^(?:director|head)$/, 'director'],
  // A chief officer ("CFO", "Chief Technology Officer") is an executive.
  [/^(?:executive|vp|c[\s-]level|chief|c[efmot]o)$/, 'executive'],
];
const LEVEL_TOKEN =
  /\b(?:internships?|interns?|junior|jr|entry[\s-]level|graduate|new[\s-]grad|mid[\s-]level|mid|intermediate|senior|sr|lead|staff|principal|director|head|executive|vp|c[\s-]level|chief|C[EFMOT]Os?)\b/gi;

/** "SDE-2", "SWE III", "Engineer II": numbered engineering levels, 1 = junior, 2 = mid, 3 = senior. */
const NUMBERED_LEVEL = /\b(?:(?:sde|swe)[\s-]?(iii|ii|i|[1-3])|(?:[Ee]ngineer|[Dd]eveloper)\s+(III|II|[1-3]))\b/gi;
const NUMBERED: Seniority[] = ['junior', 'mid', 'senior'];

function numberedLevels(text: string): { level: Seniority; index: number }[] {
  const out: { level: Seniority; index: number }[] = [];
  for (const m of text.matchAll(NUMBERED_LEVEL)) {
    const n = (m[1] ?? m[2] ?? '').toLowerCase();
    const rank = /^\d$/.test(n) ? Number(n) : n.length;
    const level = NUMBERED[rank - 1];
    if (level) out.push({ level, index: m.index });
  }
  return out;
}

const CAP_AFTER = /^(?:\s+[a-z-]+)?\s*(?:at\s+most|or\s+(?:below|lower|less)|max(?:imum)?\b)/i;
// "senior+", "senior or above", "Principal engineer or above", "staff and up": no upper bound.
const OPEN_ABOVE = /^(?:\s+[a-z-]+){0,2}?\s*(?:\+|and\s+(?:above|up|higher)|or\s+(?:above|higher|more\s+senior))/i;

function headsARole(after: string): boolean {
  const noun = roleNounOf(/^\s+([a-z]+)/i.exec(after)?.[1] ?? '');
  return !!noun && !roleNeedsQualifier(noun);
}

// Roles whose ladders have a staff level; "staff nurse", "staff accountant" are titles of their own.
const STAFF_LADDER = new Set(['engineer', 'developer', 'scientist', 'architect', 'designer', 'analyst', 'researcher']);

function staffTitle(after: string): boolean {
  const noun = roleNounOf(/^\s+([a-z]+)/i.exec(after)?.[1] ?? '');
  return !!noun && !STAFF_LADDER.has(noun);
}

// "I lead ~80 engineers", "leading a team of 6": leading people, not the lead level.
const LEADS_PEOPLE_AFTER = /^\s+(?:~|\d|a\s+(?:team|group|squad)|teams|my|our|the\s+team)/i;

// Words before "executive" that leave it a level: "an executive role", "senior or executive", "C-suite executive".
const BEFORE_EXECUTIVE_LEVEL =
  /(?:^|[^\p{L}-])(?:an?|the|or|and|to|for|as|into|senior|c-suite)\s+$|(?:^|[,.;:(/•\n-])\s*$/iu;

const LEAVING_BEFORE =
  /\b(?:moving|moved|switching|switched|transitioning|coming|came|stepping)\s+(?:over\s+|away\s+|down\s+)?from\s+(?:an?|my|the)\b(?:(?!\b(?:to|into|towards?|and|but)\b)[^.;,:!?])*$/i;

/**
 * Level words that are something else here: "mid-sized firm", "mid-market SaaS" (a size); "payroll
 * executive", "account executive" (a title after its field); "a proper staff position" (an employee).
 */
function notALevel(word: string, before: string, after: string): boolean {
  if (/^mid$/i.test(word)) return /^-(?!level|senior|to\b)\p{L}/iu.test(after);
  if (/^executive$/i.test(word)) return !BEFORE_EXECUTIVE_LEVEL.test(before);
  if (/^staff$/i.test(word)) {
    return (
      /^\s+(?:position|job|member|employee)\b/i.test(after) && /\b(?:an?|proper|permanent|salaried)\s+$/i.test(before)
    );
  }
  return false;
}

export function levelOf(word: string): Seniority | undefined {
  const w = word.toLowerCase().trim();
  return LEVEL_WORDS.find(([re]) => re.test(w))?.[1];
}

/**
 * "senior or staff", "mid to senior", "senior+", "Principal engineer or above", "not junior", "at least
 * senior", "Please no senior, staff or lead roles" (a refused list bounds the other side), "Staff+ (staff
 * or principal)" (a higher level named beside "+" is the upper bound after all).
 */
export function seniorityRange(
  text: string,
  negated: readonly Span[] = negatedSpans(text),
): { min: Seniority | null; max: Seniority | null } {
  const positive: Seniority[] = [];
  const negative: Seniority[] = [];
  // "mid at most", "up to senior": an upper bound alone.
  const caps: Seniority[] = [];
  let openFrom: number | null = null;
  for (const { level, index } of numberedLevels(text)) (isNegated(negated, index) ? negative : positive).push(level);
  for (const m of text.matchAll(LEVEL_TOKEN)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "lead generation", "lead of" and "associate product manager" are not levels on their own; "Head of
    // Engineering" is the director level (the reading contract).
    if (/^[\s-]+(?:generation|gen|of)\b/i.test(after) && !/^head$/i.test(m[0])) continue;
    // "report to the CEO": a chief officer named as someone else.
    if (
      /^c\w?o/i.test(m[0]) &&
      /\b(?:to|the|our|my|with|for|a|an)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    // "head chef", "head teacher": a title, not the director level.
    if (/^head$/i.test(m[0]) && headsARole(after)) continue;
    // "chief of staff" is a role; "staff nurse" a title.
    if (/^staff$/i.test(m[0]) && (staffTitle(after) || /\bof\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))))
      continue;
    if (/^lead$/i.test(m[0]) && LEADS_PEOPLE_AFTER.test(after)) continue;
    if (notALevel(m[0], text.slice(Math.max(0, m.index - 25), m.index), after)) continue;
    // "Moving from a warehouse shift-lead role into planning": the level of the job being left.
    if (LEAVING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const level = levelOf(m[0]);
    if (!level) continue;
    if (isNegated(negated, m.index)) {
      negative.push(level);
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    if (CAP_AFTER.test(after) || /\b(?:at\s+most|up\s+to|no\s+more\s+than)\s+$/i.test(before)) {
      caps.push(level);
      continue;
    }
    positive.push(level);
    if (OPEN_ABOVE.test(after) || /\bat\s+least\s+$/i.test(before)) openFrom = seniorityRank(level);
  }
  const ranks = positive.map(seniorityRank);
  if (ranks.length > 0) {
    const min = SENIORITIES[Math.min(...ranks)] ?? null;
    const highest = Math.max(...ranks);
    const max = openFrom !== null && highest <= openFrom ? null : (SENIORITIES[highest] ?? null);
    return { min, max };
  }
  if (caps.length > 0) return { min: null, max: SENIORITIES[Math.min(...caps.map(seniorityRank))] ?? null };
  if (negative.length > 0) {
    const lowest = Math.max(...negative.filter((l) => seniorityRank(l) <= seniorityRank('mid')).map(seniorityRank), -1);
    const highest = Math.min(...negative.filter((l) => seniorityRank(l) > seniorityRank('mid')).map(seniorityRank), 99);
    return {
      min: lowest >= 0 ? (SENIORITIES[lowest + 1] ?? null) : null,
      max: highest < 99 ? (SENIORITIES[highest - 1] ?? null) : null,
    };
  }
  return { min: null, max: null };
}
