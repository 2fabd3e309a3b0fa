import { INDUSTRY_TERMS, READING_FIELDS, SENIORITIES, type CandidateProfile } from '@job-hunter/domain';
import type { LlmRequest } from '../client/llm-client.types';
import { DATA_RULE, EMPLOYMENT_TYPES, fence, PREFS_PURPOSE } from './understanding-prompt';

const MAX_PREFS_CHARS = 4_000;
export const WORK_MODELS = ['onsite', 'hybrid', 'remote'] as const;
export const SALARY_PERIODS = ['hour', 'day', 'month', 'year'] as const;
export const REMOTE_REGIONS = ['EU', 'EMEA', 'APAC', 'AMER', 'WORLD'] as const;
/** The contract's fixed industry vocabulary: the canonical names the rules know. */
export const INDUSTRIES: readonly string[] = Object.keys(INDUSTRY_TERMS);

const strings = (description: string) => ({ type: 'array', items: { type: 'string' }, description });
const enumList = (values: readonly string[], description: string) => ({
  type: 'array',
  items: { type: 'string', enum: [...values] },
  description,
});
const level = { type: ['string', 'null'], enum: [...SENIORITIES, null] };

/**
 * The reading of docs/contract.md as a tool's input schema, so Claude answers in exactly the shape
 * the rules produce and the two can be compared field by field. The name is kept from the earlier
 * preferences tool: logs, tests and the run's cost lines know the call by it.
 */
export const READING_TOOL: NonNullable<LlmRequest['json']> = {
  name: 'record_preferences',
  description: "Record the reading of a person's job search preferences, in the job search tool's reading format.",
  schema: {
    type: 'object',
    properties: {
      roles: strings('Kinds of work wanted, as lower-case singular role nouns with their field, no level words.'),
      excludedRoles: strings('Kinds of work ruled out, as role nouns.'),
      seniority: {
        type: 'object',
        description: 'The range of levels wanted; null on a side with no bound.',
        properties: { min: level, max: level },
        required: ['min', 'max'],
      },
      locations: {
        type: 'array',
        description: 'Places for on-site or hybrid work.',
        items: {
          type: 'object',
          properties: {
            city: { type: ['string', 'null'], description: 'Common English name; null for a whole country.' },
            country: { type: 'string', description: 'ISO 3166-1 alpha-2 code, e.g. IN, DE, US.' },
          },
          required: ['city', 'country'],
        },
      },
      workModels: enumList(WORK_MODELS, 'Work models accepted; empty when the text says nothing about them.'),
      remoteFrom: strings('Where the person can work remotely from: ISO country codes or EU, EMEA, APAC, AMER, WORLD.'),
      minSalary: {
        type: ['object', 'null'],
        description: 'The lowest acceptable pay, or null.',
        properties: {
          amount: { type: 'number', description: 'Whole units: 40 LPA is 4000000, €80k is 80000.' },
          currency: { type: 'string', description: 'ISO 4217 code, e.g. USD, EUR, INR.' },
          period: { type: 'string', enum: [...SALARY_PERIODS] },
        },
        required: ['amount', 'currency', 'period'],
      },
      maxAgeDays: { type: ['integer', 'null'], description: 'Only jobs posted within this many days, or null.' },
      excludedCompanies: strings('Company names the person rules out, as written.'),
      excludedIndustries: enumList(INDUSTRIES, 'Industries ruled out, only from this vocabulary.'),
      needsVisaSponsorship: { type: 'boolean', description: 'True only when the person says they need a visa.' },
      employmentTypes: enumList(EMPLOYMENT_TYPES, 'Employment types accepted; empty when not stated.'),
    },
    required: [...READING_FIELDS],
  },
};

/** The conventions of the reading contract (../shared/docs/understanding.md), so Claude reads as a careful person does. */
const CONVENTIONS = `Conventions of the reading:
- Read the preferences text only. The candidate block (latest title, level, home) only resolves words of the text that point to it ("my level", "near home", "here"); never copy a role, level or place from it that the text does not state, and leave a field the text leaves open empty (the tool fills it from the resume later).
- roles: kinds of work wanted, as role nouns with their field, lower case, singular, no level words: "backend engineer", "machine learning engineer", "product manager", "registered nurse". The general role, not the specialty: "staff nurse" -> "nurse", "high school math teacher" -> "math teacher", "Java/Spring backend" -> "backend engineer". Empty when the text names no role.
- excludedRoles: kinds of work ruled out: "no frontend or mobile" -> "frontend engineer", "mobile engineer"; "no people management" -> "engineering manager".
- seniority: levels from ${SENIORITIES.join(', ')}. One named level sets both ends ("senior" -> senior..senior); "senior+" or "senior or above" -> min senior, max null; "senior or staff" -> senior..staff; "not senior, staff or lead" -> max mid; "lead" is staff unless it means managing people. "A staff nurse" or "a staff position" is no level.
- locations: places where the person would go to an office (on site or hybrid); city in its common English name (Bengaluru, Munich, New York), country as ISO 3166-1 alpha-2, city null for a whole country. A remote-only text has no locations.
- workModels: from onsite, hybrid, remote. "A city, or remote" with no office arrangement named accepts all three; "hybrid or onsite in X" names two; "hybrid only" -> hybrid; "fully remote only" -> remote. Empty when the text says nothing about how or where to work.
- remoteFrom: where the person can work remotely from, naming where the person is: "remote in India" -> IN; "remote within the EU" for someone in Berlin -> EU; WORLD only when the text names no home and accepts remote work from anywhere. Overlapping a time zone ("must overlap US hours") is not a place to work from. Empty when remote work is not accepted or not mentioned.
- minSalary: the lowest acceptable pay; amount as a plain number in whole units (40 LPA -> 4000000 INR a year, 18 lakh CTC -> 1800000, €80k -> 80000, $45/hr -> 45 per hour); currency from the symbol, the words or the places named; period hour, day, month or year.
- maxAgeDays: "last 6 weeks" -> 42, "a month" or "nothing older than 30 days" -> 30, "two weeks" -> 14.
- excludedCompanies: company names as the person wrote them.
- excludedIndustries: only from the vocabulary ("web3", "blockchain" -> crypto; "recruitment agencies" -> staffing). What does not map onto it (e.g. "no law firms") is left out, not forced.
- needsVisaSponsorship: true only when the person says they need a visa or sponsorship.
- employmentTypes: from ${EMPLOYMENT_TYPES.join(', ')}; only the types the person accepts.
- Negation and its scope: "I'd rather not work at X", "leave out", "skip", "anything but", "not ready for" rule things out and never make a wanted value; a list after a negation is ruled out whole.
- A text that corrects itself counts as corrected ("backend... actually, platform roles" -> platform engineer).
- Abbreviations: sr senior, jr junior, blr Bengaluru, LPA lakh (100,000 INR) per year, CTC total yearly pay, k thousand, wfh remote, yoe years of experience.`;

/** Worked readings (made up, not from any test corpus) showing the conventions at work together. */
export const READING_EXAMPLES: ReadonlyArray<[string, Record<string, unknown>]> = [
  [
    'Sr/staff data eng, Toronto hybrid or remote anywhere in Canada. 160k CAD+. No defence or gambling, and not Initech. Need sponsorship.',
    {
      roles: ['data engineer'],
      seniority: { min: 'senior', max: 'staff' },
      locations: [{ city: 'Toronto', country: 'CA' }],
      workModels: ['hybrid', 'remote'],
      remoteFrom: ['CA'],
      minSalary: { amount: 160000, currency: 'CAD', period: 'year' },
      excludedCompanies: ['Initech'],
      excludedIndustries: ['defense', 'gambling'],
      needsVisaSponsorship: true,
    },
  ],
  [
    'Staff nurse (ICU) around Leeds, on site obviously. Not through agencies. Posted in the last fortnight please. £35k+, part-time or full-time.',
    {
      roles: ['nurse'],
      locations: [{ city: 'Leeds', country: 'GB' }],
      workModels: ['onsite'],
      minSalary: { amount: 35000, currency: 'GBP', period: 'year' },
      maxAgeDays: 14,
      excludedIndustries: ['staffing'],
      employmentTypes: ['full-time', 'part-time'],
    },
  ],
  [
    "Anything but frontend: backend or platform, remote from Spain only. I'd rather not work at Globex or Umbrella. Not senior yet.",
    {
      roles: ['backend engineer', 'platform engineer'],
      excludedRoles: ['frontend engineer'],
      seniority: { min: null, max: 'mid' },
      workModels: ['remote'],
      remoteFrom: ['ES'],
      excludedCompanies: ['Globex', 'Umbrella'],
    },
  ],
];

const EXAMPLES_TEXT =
  'Examples (fields not shown are empty or null):\n' +
  READING_EXAMPLES.map(([text, reading]) => `Text: ${text}\nReading: ${JSON.stringify(reading)}`).join('\n');

const READING_SYSTEM =
  `You read what a person wrote about the job they want, for a job search tool, and record your reading ` +
  `with the record_preferences tool. ${DATA_RULE}\n\n${CONVENTIONS}\n\n${EXAMPLES_TEXT}`;

/** The profile's level and home help read "same level" or "near home"; nothing else of the resume is sent. */
export function readingRequest(text: string, profile: CandidateProfile): LlmRequest {
  const context = [
    profile.titles[0] ? `Latest title: ${profile.titles[0]}` : '',
    profile.seniority ? `Level: ${profile.seniority}` : '',
    profile.location?.raw ? `Lives in: ${profile.location.raw}` : '',
  ].filter(Boolean);
  const candidate = context.length > 0 ? `${fence('candidate', context.join('\n'), 500)}\n` : '';
  return {
    purpose: PREFS_PURPOSE,
    // Not marked for prompt caching: one call a run, and a cache write costs more than it saves then.
    system: [{ text: READING_SYSTEM }],
    user: `${candidate}${fence('preferences', text, MAX_PREFS_CHARS)}`,
    maxTokens: 1000,
    temperature: 0,
    json: READING_TOOL,
  };
}

/**
 * The one second chance an answer that did not fit the schema gets: the same question, with the
 * answer given and what was wrong with it. The answer is the model's output, fenced as data too.
 */
export function repairRequest(first: LlmRequest, answer: unknown, problems: readonly string[]): LlmRequest {
  const shown = answer === undefined ? '(no call of the tool)' : JSON.stringify(answer);
  return {
    ...first,
    purpose: `${first.purpose} (repair)`,
    user:
      `${first.user}\n${fence('previous_answer', shown, 6_000)}\n` +
      `That answer did not fit the record_preferences schema:\n${problems.map((p) => `- ${p}`).join('\n')}\n` +
      'Call record_preferences again with the whole reading, corrected.',
  };
}
