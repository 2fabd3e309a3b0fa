import { matchKey } from './match-text';

const TYPES: ReadonlyArray<[string, RegExp]> = [
  ['internship', /\b(?:intern|internship|trainee|werkstudent|working student)\b/],
  ['parttime', /\bpart ?time\b/],
  ['contract', /\b(?:contract|contractor|freelance|freelancer|temporary|temp|fixed term|consultant)\b/],
  ['fulltime', /\b(?:full ?time|permanent|regular|salaried|fte)\b/],
];

/** A coarse employment type ("Full-time", "FULL_TIME", "Permanent" → 'fulltime'); null when unrecognised. */
export function employmentTypeKey(s: string): string | null {
  const k = matchKey(s.replace(/_/g, ' '));
  return TYPES.find(([, re]) => re.test(k))?.[0] ?? null;
}

// Text inference only trusts phrases that describe the job itself: a bare "contract" or
// "intern" in a description is as likely to be "contract negotiation", "smart contracts" or
// "mentor our interns", so every pattern needs a qualifier ("6 month contract", "contract role").
const NUM = '(?:\\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen|twenty four)';
const DURATION = `${NUM}\\s*\\+?\\s*(?:month|week|year|mo)s?`;
const JOB_NOUN =
  '(?:role|position|job|opportunity|assignment|engagement|gig|vacancy|basis|placement|employment|post)s?\\b';
const SEGMENT_END = '\\s*(?:[)\\]|,–—:]|\\s-\\s|$)';
const SEGMENT_START = '(?:^|[(\\[|,–—:]|\\s-\\s)\\s*';

const TEXT_RULES: ReadonlyArray<[string, RegExp]> = [
  [
    'internship',
    new RegExp(`\\b(?:this|paid|unpaid|summer|${DURATION})\\s+internship\\b|\\binternship\\s+${JOB_NOUN}`),
  ],
  ['parttime', new RegExp(`\\bpart time\\s+(?:contract\\b|${JOB_NOUN})|\\b(?:role|position|job) is part time\\b`)],
  [
    'contract',
    new RegExp(
      [
        `\\b${DURATION}\\s+(?:fixed term\\s+|temporary\\s+|initial\\s+|rolling\\s+)?contract\\b(?!\\s+(?:negotiation|management|law|review|dispute)s?\\b)`,
        `(?<!\\b(?:smart|data|api|service|social)\\s)\\bcontract\\s+(?:to\\s+hire\\b|${JOB_NOUN})`,
        `\\b(?:fixed term|temporary|freelance)\\s+(?:contract\\b|contractor\\b|${JOB_NOUN})`,
        `\\b(?:as an?|independent)\\s+(?:independent\\s+)?(?:contractor|freelancer)\\b`,
        `\\bcontractor\\s+${JOB_NOUN}`,
        `\\b(?:maternity|paternity|parental)\\s+(?:leave\\s+)?cover\\b`,
      ].join('|'),
    ),
  ],
];

// In a title a type word may stand alone as a qualifier: "Designer (Contract)", "Part-time Tutor".
const TITLE_RULES: ReadonlyArray<[string, RegExp]> = [
  ['internship', /\binternship\b|\bintern\b(?!\s+(?:program|programme|recruit|experience))/],
  ['parttime', /\bpart time\b/],
  [
    'contract',
    new RegExp(
      `\\b(?:contractor|freelance|freelancer|fixed term|contract to hire)\\b|\\btemporary\\b(?!\\s+works)|${SEGMENT_START}(?:${DURATION}\\s+)?contract${SEGMENT_END}`,
    ),
  ],
];

function prepare(text: string): string {
  // "6-month", "part-time", "fixed-term" read as words; a spaced " - " stays a separator.
  return text
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])[-‐_](?=[\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * The employment type a job's own title or description states ("Designer (Contract)",
 * "a 6-month contract", "this is a part-time position"), as an employmentTypeKey; null when
 * the text does not say. Permanent jobs are not inferred: an unknown type passes the filter.
 */
export function employmentTypeFromText(title: string, description: string): string | null {
  const t = prepare(title);
  const titleType = TITLE_RULES.find(([, re]) => re.test(t))?.[0];
  if (titleType) return titleType;
  const d = prepare(`${title}. ${description}`);
  return TEXT_RULES.find(([, re]) => re.test(d))?.[0] ?? null;
}

/** The job's employment type key: the board's field when it has one, else what its text states. */
export function jobEmploymentType(job: { title: string; description: string; employmentType?: string }): string | null {
  if (job.employmentType) {
    const key = employmentTypeKey(job.employmentType);
    if (key) return key;
  }
  return employmentTypeFromText(job.title, job.description);
}
