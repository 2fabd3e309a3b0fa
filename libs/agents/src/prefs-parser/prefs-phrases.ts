import { seniorityRank, type Seniority, SENIORITIES } from '@job-hunter/domain';

const LEVEL_WORDS: [RegExp, Seniority][] = [
  [/^(?:intern|interns|internship|internships)$/, 'intern'],
  [/^(?:junior|jr|entry[\s-]level|graduate|new[\s-]grad|associate)$/, 'junior'],
  [/^(?:mid|mid[\s-]level|intermediate)$/, 'mid'],
  [/^(?:senior|sr|lead)$/, 'senior'],
  [/^staff$/, 'staff'],
  [/^principal$/, 'principal'],
  [/^(?:director|head)$/, 'director'],
  [/^(?:executive|vp|c[\s-]level)$/, 'executive'],
];
const LEVEL_TOKEN =
  /\b(?:internships?|interns?|junior|jr|entry[\s-]level|graduate|new[\s-]grad|mid[\s-]level|mid|intermediate|senior|sr|lead|staff|principal|director|head|executive|vp|c[\s-]level)\b/gi;
const NEGATION = /\b(?:not|no|never|avoid|excluding|exclude|except|nothing|don'?t|without)\b/i;

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

// "Lead" titles sit between senior and staff, so a wanted "lead" also admits staff jobs.
const LEVEL_REACH: ReadonlyArray<[RegExp, Seniority]> = [[/^lead$/, 'staff']];

export function levelOf(word: string): Seniority | undefined {
  const w = word.toLowerCase().trim();
  return LEVEL_WORDS.find(([re]) => re.test(w))?.[1];
}

/** "senior or staff", "mid to senior", "senior+", "not junior", "at least senior". */
export function seniorityRange(text: string): { min: Seniority | null; max: Seniority | null } {
  const positive: Seniority[] = [];
  const negative: Seniority[] = [];
  let openEnded = false;
  for (const { level, index } of numberedLevels(text)) {
    const clauseBefore =
      text
        .slice(Math.max(0, index - 25), index)
        .split(/[.;,\n]|\bbut\b/)
        .pop() ?? '';
    (NEGATION.test(clauseBefore) ? negative : positive).push(level);
  }
  for (const m of text.matchAll(LEVEL_TOKEN)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "lead generation", "head of growth" and "associate product manager" are not levels on their own.
    if (/^[\s-]+(?:generation|gen|of)\b/i.test(after)) continue;
    const level = levelOf(m[0]);
    if (!level) continue;
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    const clauseBefore = before.split(/[.;,\n]|\bbut\b/).pop() ?? '';
    if (NEGATION.test(clauseBefore)) negative.push(level);
    else {
      positive.push(level);
      const reach = LEVEL_REACH.find(([re]) => re.test(m[0].toLowerCase()))?.[1];
      if (reach) positive.push(reach);
    }
    if (/^\s*(?:\+|and\s+(?:above|up)|or\s+(?:above|higher|more))/i.test(after) || /\bat\s+least\s+$/i.test(before)) {
      openEnded = true;
    }
  }
  const ranks = positive.map(seniorityRank);
  if (ranks.length > 0) {
    const min = SENIORITIES[Math.min(...ranks)] ?? null;
    const max = openEnded ? null : (SENIORITIES[Math.max(...ranks)] ?? null);
    return { min, max };
  }
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
