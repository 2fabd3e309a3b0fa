// The evaluation personas and how each would judge a job. A judgement reads the job as
// the generator wrote it (role family, level stated in the title, place, work model, age,
// employment type, visible salary, the company's industry) and the persona's own words —
// never the engine's parse or score. 0 = not relevant or ruled out, 1 = partial,
// 2 = good, 3 = perfect. `ruledOut` names the preference a job breaks; such a job must
// never reach a shortlist.
import { FAMILIES } from '../../demo-data/lib/roles.mjs';

const ENGINEERING_TITLES = (family) =>
  FAMILIES[family].department === 'Engineering' || family === 'data' || family === 'security';

/**
 * The levels a title states. The generator writes mid-level non-engineering titles bare
 * ("Product Manager", asking 3+ years) and their staff level as "Lead …", which people read
 * as senior or as staff; an engineering manager title names no level either.
 */
export function titleLevels(job) {
  if (job.family === 'manager') return job.seniority === 'director' ? ['director'] : [];
  if (ENGINEERING_TITLES(job.family)) return [job.seniority];
  if (job.seniority === 'mid') return [];
  if (job.seniority === 'staff') return ['senior', 'staff'];
  return [job.seniority];
}

// Units of each currency per US dollar, roughly; only used to judge salaries in another currency.
const PER_USD = { USD: 1, EUR: 0.92, GBP: 0.79, CAD: 1.37, INR: 83 };

function salaryVerdict(salary, min) {
  if (!salary || salary.hidden || !min) return 'ok';
  if (salary.cur === min.cur) return salary.max < min.amount ? 'below' : 'ok';
  const max = (salary.max / PER_USD[salary.cur]) * PER_USD[min.cur];
  // Across currencies a person only rules a job out when it is clearly below their floor.
  if (max < min.amount * 0.9) return 'below';
  return max < min.amount ? 'unclear' : 'ok';
}

const cityOrScope = (cities, scopes) => (place, work) =>
  place.kind === 'remote' ? work === 'remote' && scopes.includes(place.scope) : cities.includes(place.key);

export const PERSONAS = [
  {
    id: 'ananya-bengaluru-backend',
    summary: 'senior backend/platform engineer, Bengaluru or remote India/worldwide, ≥ 45 LPA (the demo persona)',
    resume: 'data/demo/resume.pdf',
    preferences: 'data/demo/preferences.txt',
    levels: ['senior', 'staff'],
    maxAgeDays: 60,
    types: ['full-time'],
    minSalary: { cur: 'INR', amount: 4_500_000 },
    excludedIndustries: ['crypto', 'web3'],
    reaches: cityOrScope(['bengaluru'], ['IN', 'WORLD']),
    roles: {
      backend: 3,
      platform: 3,
      fullstack: 1,
      data: { 'Data Engineer': 1, 'Data Platform Engineer': 1 },
      manager: { 'Engineering Manager, Backend': 1, 'Engineering Manager, Platform': 1 },
    },
  },
  {
    id: 'lena-berlin-data-scientist',
    summary: 'data scientist (mid or senior), Berlin or remote EU, ≥ €70k',
    resume: 'data/eval/personas/lena-berlin-data-scientist/resume.md',
    preferences: 'data/eval/personas/lena-berlin-data-scientist/preferences.txt',
    levels: ['mid', 'senior'],
    maxAgeDays: 45,
    types: ['full-time'],
    minSalary: { cur: 'EUR', amount: 70_000 },
    excludedIndustries: ['crypto', 'web3', 'gambling', 'igaming'],
    reaches: cityOrScope(['berlin'], ['EU', 'WORLD']),
    roles: {
      datascience: { 'Data Scientist': 3, 'Data Scientist, Risk': 3, 'Product Analyst': 1 },
      ml: { 'Machine Learning Engineer': 2, 'ML Engineer, Ranking': 2, 'Applied AI Engineer': 1 },
      data: { 'Data Engineer': 1, 'Analytics Engineer': 1 },
    },
  },
  {
    id: 'marcus-toronto-frontend',
    summary: 'frontend engineer (mid or senior), Toronto or remote Canada, ≥ CA$110k',
    resume: 'data/eval/personas/marcus-toronto-frontend/resume.md',
    preferences: 'data/eval/personas/marcus-toronto-frontend/preferences.txt',
    levels: ['mid', 'senior'],
    maxAgeDays: 30,
    types: ['full-time'],
    minSalary: { cur: 'CAD', amount: 110_000 },
    excludedIndustries: [],
    reaches: cityOrScope(['toronto'], ['CA', 'WORLD']),
    roles: {
      frontend: 3,
      fullstack: 2,
      mobile: { 'Mobile Engineer (React Native)': 1 },
    },
  },
  {
    id: 'priya-hyderabad-pm',
    summary: 'senior or lead product manager, Hyderabad/Pune or remote India, ≥ 35 LPA',
    resume: 'data/eval/personas/priya-hyderabad-pm/resume.md',
    preferences: 'data/eval/personas/priya-hyderabad-pm/preferences.txt',
    levels: ['senior', 'staff'],
    maxAgeDays: 60,
    types: null,
    minSalary: { cur: 'INR', amount: 3_500_000 },
    excludedIndustries: ['crypto', 'web3'],
    reaches: cityOrScope(['hyderabad', 'pune'], ['IN', 'WORLD']),
    roles: {
      product: 3,
      datascience: { 'Product Analyst': 1 },
    },
  },
];

function roleGrade(persona, job) {
  const entry = persona.roles[job.family];
  if (entry === undefined) return 0;
  return typeof entry === 'number' ? entry : (entry[job.base] ?? 0);
}

/** How `persona` would judge `job` (a generator spec with its company). */
export function judge(persona, job) {
  const out = (why) => ({ grade: 0, ruledOut: why });
  if (job.company.industries.some((i) => persona.excludedIndustries.includes(i))) return out('excluded_industry');
  if (!job.places.some((p) => persona.reaches(p.place, job.work))) return out('location');
  const levels = titleLevels(job);
  if (levels.length && !levels.some((l) => persona.levels.includes(l))) return out('seniority');
  if (persona.types && !persona.types.includes(job.type)) return out('employment_type');
  if (job.days > persona.maxAgeDays) return out('stale');
  const pay = salaryVerdict(job.salary, persona.minSalary);
  if (pay === 'below') return out('salary');
  let grade = roleGrade(persona, job);
  // A bare title whose description asks for fewer years than the person has, or a salary
  // that probably falls short, is worth a look at most; a "Lead" title that may sit above
  // the person's range is still worth applying to, though not a perfect fit.
  if (!levels.length && !persona.levels.includes(job.seniority)) grade = Math.min(grade, 1);
  if (levels.some((l) => !persona.levels.includes(l))) grade = Math.min(grade, 2);
  if (pay === 'unclear') grade = Math.min(grade, 1);
  return { grade, ruledOut: null };
}
