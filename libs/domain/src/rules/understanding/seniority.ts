import type { Seniority } from '../../models/job';

interface TitleRule {
  level: Seniority;
  pattern: RegExp;
}

/**
 * Checked in order; the first match wins. Decisions worth knowing:
 * - "Lead" / "Tech Lead" / "Team Lead" read as senior (an IC step above mid, not management).
 * - "Engineering Manager" / "Manager, Engineering" read as senior: most EM roles hire from senior
 *   ICs, and treating them as director would hide them from senior candidates. Other "X Manager"
 *   titles (Product Manager, Account Manager) say nothing about level on their own: null.
 * - "Head of", "Director", "VP" read as director; C-level titles as executive.
 * - Roman/Arabic levels: I → junior, II → mid, III → senior, IV/V → staff.
 * - A plain title ("Software Engineer") is not evidence of any level: null, not mid.
 */
const TITLE_RULES: TitleRule[] = [
  { level: 'intern', pattern: /\b(?:intern(?:ship)?|trainee|apprentice|co-?op|working student|werkstudent)\b/i },
  {
    level: 'executive',
    pattern:
      /\b(?:c[etfoi]o|cpo|cmo|cro|ciso|chief\s+\w+(?:\s+\w+)?\s+officer|chief\s+of\s+staff|founder|co-?founder|(?<!vice[\s-])president)\b/i,
  },
  {
    level: 'director',
    pattern: /\b(?:head\s+of|director|vp|svp|evp|avp|vice[\s-]+president|gm|general\s+manager)\b/i,
  },
  { level: 'principal', pattern: /\b(?:principal|distinguished|chief\s+architect)\b/i },
  { level: 'staff', pattern: /\b(?:staff|senior\s+staff)\b|\b(?:engineer|developer|scientist)\s+(?:iv|v|4|5)\b/i },
  {
    level: 'senior',
    pattern:
      /\b(?:senior|sr\.?|snr|lead|tech\s+lead|team\s+lead|expert|architect|(?:engineering|development|software)\s+manager|manager,?\s+(?:of\s+)?(?:software\s+)?engineering)\b|\b(?:engineer|developer|scientist|analyst|designer)\s+(?:iii|3)\b|\bl[56]\b/i,
  },
  {
    level: 'junior',
    pattern:
      /\b(?:junior|jr\.?|associate|graduate|grad|entry[\s-]level|new\s+grad|early\s+career|fresher)\b|\b(?:engineer|developer|scientist|analyst|designer)\s+(?:i|1)\b(?!\s*[-–/]\s*(?:ii|2)\b)/i,
  },
  {
    level: 'mid',
    pattern:
      /\b(?:mid[\s-]?level|mid[\s-]senior|intermediate|medior)\b|\b(?:engineer|developer|scientist|analyst|designer)\s+(?:ii|2)\b/i,
  },
];

/** The level a job title implies, or null when the title does not say. */
export function seniorityFromTitle(title: string): Seniority | null {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  // "Senior Product Manager, Intern Program" mentions intern but is not an internship; the first
  // title segment (before a comma or dash-separated team name) carries the level.
  const head = t.split(/\s+[-–|]\s+|,\s*/)[0] ?? t;
  for (const text of head === t ? [t] : [head, t]) {
    for (const rule of TITLE_RULES) if (rule.pattern.test(text)) return rule.level;
  }
  return null;
}

/** A level from total years of professional experience. */
export function seniorityFromYears(years: number): Seniority {
  // Years alone never imply staff and above: those levels are about scope, which a title shows (a
  // "Full Stack Developer" of fifteen years is a senior developer to a recruiter, not a staff one).
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  return 'senior';
}

// "5+ years of experience", "3-5 years of professional experience", "at least 4 years' experience",
// "minimum of 6 yrs in a similar role": the first number is the least the posting asks for.
const YEARS_ASKED =
  /\b(?:at\s+least\s+|minimum\s+(?:of\s+)?|min\.?\s+)?(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:years?|yrs?)(?:['’]s?)?\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:experience|in\s+a\s+similar\s+role)\b/gi;
// More years than this is a company's age or a career, not a requirement.
const MAX_YEARS_ASKED = 20;

/**
 * The years of experience a posting asks for, or null when it names none: the largest of its
 * stated minimums ("5+ years of software experience, 2+ years with Go" asks for five).
 */
export function yearsAsked(text: string): number | null {
  let most: number | null = null;
  for (const m of text.matchAll(YEARS_ASKED)) {
    const years = Number(m[1]);
    if (years > 0 && years <= MAX_YEARS_ASKED) most = Math.max(most ?? 0, years);
  }
  return most;
}
