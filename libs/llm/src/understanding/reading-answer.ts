import {
  annualise,
  canonicalIndustry,
  countryName,
  isMacroRegion,
  normalisePlace,
  roleNounOf,
  seniorityRank,
  SENIORITIES,
  type Reading,
  type Seniority,
} from '@job-hunter/domain';
import { companyGrounded, industryGrounded, roleGrounded } from './reading-grounding';
import { INDUSTRIES, READING_TOOL, REMOTE_REGIONS, SALARY_PERIODS, WORK_MODELS } from './reading-prompt';
import { EMPLOYMENT_TYPES } from './understanding-prompt';
import { fold, isRecord, oneOf, stringList } from './understanding-values';

/** What became of one answer of the reading tool. */
export interface ReadingCheck {
  /** Claude's reading, normalised and limited to what the text bears out; absent when it does not fit the schema. */
  reading?: Reading;
  /** Why the answer does not fit the schema (enums, types, ISO codes, vocabularies): worth one repair. */
  problems: string[];
  /** Values that fit the schema but that the text does not bear out: dropped, and said so. */
  dropped: string[];
}

const FIELDS = READING_TOOL.schema['required'] as readonly (keyof Reading)[];
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
// A yearly floor below this is an amount not in whole units ("40 LPA" read as 40), above it a typo.
const ANNUAL_RANGE = [1_000, 1e11] as const;
// Level words the contract keeps out of role nouns ("senior backend engineer" is backend engineer).
const LEVEL_WORDS = new Set([
  'intern',
  'junior',
  'jr',
  'mid',
  'mid-level',
  'senior',
  'sr',
  'staff',
  'principal',
  'lead',
]);

// "UK" is everyday usage for the ISO code GB, a slip not worth a repair.
const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };
const countryCode = (value: string): string => {
  const code = value.trim().toUpperCase();
  return COUNTRY_ALIASES[code] ?? code;
};

/** A country code the geography knows (macro-regions are not countries). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !isMacroRegion(code) && countryName(code) !== code;
}

/** A reading's place in the geography's spelling ("Bangalore", IN → Bengaluru); unknown cities stay as written. */
export function canonicalPlace(city: string | null, country: string): { city: string | null; country: string } {
  if (!city) return { city: null, country };
  const place = normalisePlace(`${city}, ${countryName(country)}`);
  return { city: place.country === country && place.city ? place.city : city, country };
}

/** The contract's role noun: no level words, singular ("Senior Backend Engineers" → backend engineer). */
function roleNoun(role: string): string {
  const words = fold(role).split(' ');
  while (words.length > 1 && LEVEL_WORDS.has(words[0] ?? '')) words.shift();
  const last = words.length - 1;
  words[last] = roleNounOf(words[last] ?? '') ?? words[last] ?? '';
  return words.join(' ');
}

/** Checks one answer field by field; every problem is named so a repair request can quote it. */
class AnswerReader {
  readonly problems: string[] = [];
  readonly dropped: string[] = [];

  constructor(private readonly text: string) {}

  strings(value: unknown, field: string): string[] {
    if (value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      this.problems.push(`${field} must be a list of strings`);
      return [];
    }
    return stringList(value, 30, 120) ?? [];
  }

  enums<T extends string>(value: unknown, field: string, allowed: readonly T[], alias = (s: string) => s): T[] {
    const out = this.strings(value, field).flatMap((s) => {
      const known = oneOf(alias(s.trim().toLowerCase()), allowed);
      if (!known) this.problems.push(`${field}: "${s}" is not one of ${allowed.join(', ')}`);
      return known ?? [];
    });
    return [...new Set(out)];
  }

  grounded(values: string[], field: string, inText: (value: string, text: string) => boolean): string[] {
    return values.filter((v) => {
      if (inText(v, this.text)) return true;
      this.dropped.push(`${field} "${v}" (the text does not say so)`);
      return false;
    });
  }

  roles(value: unknown, field: string): string[] {
    const nouns = [...new Set(this.strings(value, field).map(roleNoun))];
    return this.grounded(nouns, field, roleGrounded);
  }

  seniority(value: unknown): Reading['seniority'] {
    if (value === null) return { min: null, max: null };
    if (!isRecord(value)) {
      this.problems.push('seniority must be an object {min, max}');
      return { min: null, max: null };
    }
    const level = (v: unknown, side: string): Seniority | null => {
      if (v === null || v === undefined) return null;
      const known = oneOf(typeof v === 'string' ? v.toLowerCase() : v, SENIORITIES);
      if (!known)
        this.problems.push(`seniority.${side}: ${JSON.stringify(v)} is not null or one of ${SENIORITIES.join(', ')}`);
      return known ?? null;
    };
    const min = level(value['min'], 'min');
    const max = level(value['max'], 'max');
    if (min && max && seniorityRank(min) > seniorityRank(max))
      this.problems.push(`seniority.min ${min} is above max ${max}`);
    return { min, max };
  }

  locations(value: unknown): Reading['locations'] {
    if (value === null) return [];
    if (!Array.isArray(value)) {
      this.problems.push('locations must be a list of {city, country}');
      return [];
    }
    const out = new Map<string, { city: string | null; country: string }>();
    value.forEach((item, i) => {
      const city =
        isRecord(item) && typeof item['city'] === 'string' && item['city'].trim() ? item['city'].trim() : null;
      const raw = isRecord(item) ? item['country'] : undefined;
      // A city without its country is read through the geography, when it knows the city.
      const country = typeof raw === 'string' ? countryCode(raw) : city ? (normalisePlace(city).country ?? '') : '';
      if (!isCountryCode(country)) {
        this.problems.push(`locations[${i}].country: ${JSON.stringify(raw ?? null)} is not an ISO 3166-1 alpha-2 code`);
        return;
      }
      const place = canonicalPlace(city, country);
      out.set(`${place.country}|${fold(place.city ?? '')}`, place);
    });
    return [...out.values()];
  }

  remoteFrom(value: unknown): string[] {
    const codes = this.strings(value, 'remoteFrom').map(countryCode);
    const bad = codes.filter((c) => !isCountryCode(c) && !(REMOTE_REGIONS as readonly string[]).includes(c));
    for (const c of bad)
      this.problems.push(`remoteFrom: "${c}" is not an ISO country code or ${REMOTE_REGIONS.join(', ')}`);
    return [...new Set(codes.filter((c) => !bad.includes(c)))];
  }

  minSalary(value: unknown): Reading['minSalary'] {
    if (value === null) return null;
    if (!isRecord(value)) {
      this.problems.push('minSalary must be null or {amount, currency, period}');
      return null;
    }
    const { amount, currency, period } = value;
    const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
    const per = oneOf(period, SALARY_PERIODS);
    const before = this.problems.length;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
      this.problems.push('minSalary.amount must be a positive number');
    }
    if (!CURRENCIES.has(code))
      this.problems.push(`minSalary.currency: ${JSON.stringify(currency)} is not an ISO 4217 code`);
    if (!per) this.problems.push(`minSalary.period must be one of ${SALARY_PERIODS.join(', ')}`);
    if (this.problems.length > before || typeof amount !== 'number' || !per) return null;
    const annual = annualise(amount, per);
    if (annual < ANNUAL_RANGE[0] || annual > ANNUAL_RANGE[1]) {
      this.problems.push(
        `minSalary.amount ${amount} a ${per} is not in whole units (40 LPA is 4000000, €80k is 80000)`,
      );
      return null;
    }
    return { amount, currency: code, period: per };
  }

  maxAgeDays(value: unknown): number | null {
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > 3650) {
      this.problems.push('maxAgeDays must be null or a number of days from 1 to 3650');
      return null;
    }
    return Math.round(value);
  }

  industries(value: unknown): string[] {
    const known = this.enums(value, 'excludedIndustries', INDUSTRIES, (s) => canonicalIndustry(s) ?? s);
    return this.grounded(known, 'excludedIndustries', industryGrounded);
  }
}

/** A list or object sent as its JSON text (a known slip of tool answers): the value it spells. */
function unstringified(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * Claude's answer to the reading tool as a Reading: every field checked against the schema (types,
 * enums, ISO codes, the industry vocabulary, a salary in whole units) and the values that hide or
 * seek jobs (roles, excluded roles, companies and industries) checked against the text.
 */
export function readingFromAnswer(answer: unknown, text: string): ReadingCheck {
  if (!isRecord(answer)) return { problems: ['the answer is not a JSON object'], dropped: [] };
  const missing = FIELDS.filter((f) => !(f in answer));
  if (missing.length > 0) return { problems: missing.map((f) => `${f} is missing`), dropped: [] };
  const fields: Record<string, unknown> = Object.fromEntries(
    Object.entries(answer).map(([k, v]) => [k, unstringified(v)]),
  );
  const r = new AnswerReader(text);
  const visa = fields['needsVisaSponsorship'];
  if (typeof visa !== 'boolean') r.problems.push('needsVisaSponsorship must be true or false');
  const reading: Reading = {
    roles: r.roles(fields['roles'], 'roles'),
    excludedRoles: r.roles(fields['excludedRoles'], 'excludedRoles'),
    seniority: r.seniority(fields['seniority']),
    locations: r.locations(fields['locations']),
    workModels: r.enums(fields['workModels'], 'workModels', WORK_MODELS),
    remoteFrom: r.remoteFrom(fields['remoteFrom']),
    minSalary: r.minSalary(fields['minSalary']),
    maxAgeDays: r.maxAgeDays(fields['maxAgeDays']),
    excludedCompanies: r.grounded(
      r.strings(fields['excludedCompanies'], 'excludedCompanies'),
      'excludedCompanies',
      companyGrounded,
    ),
    excludedIndustries: r.industries(fields['excludedIndustries']),
    needsVisaSponsorship: visa === true,
    employmentTypes: r.enums(fields['employmentTypes'], 'employmentTypes', EMPLOYMENT_TYPES),
  };
  // The contract's locations are office places: a remote-only reading has none.
  if (reading.workModels.length === 1 && reading.workModels[0] === 'remote') reading.locations = [];
  return r.problems.length > 0
    ? { problems: r.problems, dropped: r.dropped }
    : { reading, problems: [], dropped: r.dropped };
}
