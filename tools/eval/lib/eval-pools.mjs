// Each persona's own local market: many jobs of the profession they asked for, all within their
// place, remote scope, level range, pay floor, recency and employment type, so the hard filters
// keep them and the pre-shortlist has to choose among them, as on a real market (a full-stack
// person on the recorded real market keeps ~260 jobs of their own profession after filtering).
//
// The fit varies the way it does on a real board:
// - strong: the role with the person's stack and domain;
// - medium: the role with another stack or in another domain ("Backend Engineer (Java)",
//   "Data Scientist, Computer Vision", "Senior Product Manager, Hardware"), or a level at the
//   edge of the range (a "Lead …" title, a mid-level data scientist);
// - weak: a thin posting (two lines, no tools named), a pay that is probably below the floor in
//   another currency, a bare title asking for fewer years, an adjacent role.
// The tier is the author's description of the job, not its label: labels come from
// eval-personas.mjs `judge` like every other job's, and a pool job that the judgement rules out
// stops the generator (a pool job must pass the person's preferences).
import { titled } from '../../demo-data/lib/roles.mjs';

const A = 'ananya-bengaluru-backend';
const L = 'lena-berlin-data-scientist';
const M = 'marcus-toronto-frontend';
const P = 'priya-hyderabad-pm';

const v = (tier, family, base, suffix, skills, more = {}) => ({ tier, family, base, suffix, skills, ...more });
const thin = (family, base, suffix = '') => v('weak', family, base, suffix, [], { thin: true });

// Ages within the person's limit and away from the boundary days the generator never writes.
const young = (max) => ({ max });

// prettier-ignore
export const POOLS = [
  {
    persona: A,
    size: 64,
    levels: ['senior', 'senior', 'senior', 'staff'],
    age: young(58),
    // [company, place]: offices the person can work from (crypto companies left out: excluded).
    where: [
      ['ledgerloop', 'bengaluru'], ['ledgerloop', 'remote-india'], ['cardamom', 'bengaluru'], ['tiffinbox', 'bengaluru'],
      ['kalpa', 'bengaluru'], ['kalpa', 'remote-india'], ['monsoon', 'bengaluru'], ['vidyavan', 'remote-india'],
      ['polaris', 'bengaluru'], ['polaris', 'remote-world'], ['vistula', 'remote-world'], ['atlas', 'remote-world'],
      ['birchwood', 'remote-world'], ['kelpie', 'remote-world'],
    ],
    pay: { cur: 'INR', floor: 4_500_000, step: 100_000, unclearUsd: [42_000, 52_000] },
    variants: [
      v('strong', 'backend', 'Backend Engineer', ', Payments', ['Go', 'PostgreSQL', 'Kafka', 'gRPC', 'Kubernetes', 'AWS']),
      v('strong', 'backend', 'Backend Engineer (Go)', '', ['Go', 'gRPC', 'PostgreSQL', 'Redis', 'Kafka', 'Docker']),
      v('strong', 'backend', 'Software Engineer, Backend', ' (Node.js)', ['Node.js', 'TypeScript', 'PostgreSQL', 'Redis', 'AWS']),
      v('strong', 'platform', 'Platform Engineer', ', Kubernetes', ['Kubernetes', 'Terraform', 'AWS', 'Argo CD', 'Prometheus', 'Go']),
      v('strong', 'platform', 'Site Reliability Engineer', '', ['Kubernetes', 'Prometheus', 'Grafana', 'AWS', 'Terraform', 'Go']),
      v('medium', 'backend', 'Backend Engineer', ' (Java)', ['Java', 'Spring Boot', 'MySQL', 'Kafka', 'AWS']),
      v('medium', 'backend', 'Software Engineer, Backend', ' (Kotlin)', ['Kotlin', 'Spring Boot', 'PostgreSQL', 'GCP']),
      v('medium', 'backend', 'Backend Engineer', ' (Python)', ['Python', 'Django', 'Celery', 'PostgreSQL', 'RabbitMQ']),
      v('medium', 'backend', 'Backend Engineer', ', Search', ['Java', 'Elasticsearch', 'Kafka', 'Redis']),
      v('medium', 'backend', 'Backend Engineer', ' (.NET)', ['C#', '.NET', 'SQL Server', 'Azure']),
      v('medium', 'platform', 'Infrastructure Engineer', ' (GCP)', ['GCP', 'Terraform', 'Ansible', 'Linux', 'Python']),
      v('medium', 'platform', 'DevOps Engineer', ' (Azure)', ['Azure', 'Jenkins', 'Ansible', 'PowerShell', 'Linux']),
      v('medium', 'platform', 'Site Reliability Engineer', ', Databases', ['MySQL', 'Linux', 'Python', 'Ansible', 'Percona']),
      thin('backend', 'Backend Engineer'),
      thin('backend', 'Software Engineer, Backend'),
      thin('platform', 'Platform Engineer'),
      thin('platform', 'DevOps Engineer'),
      v('weak', 'backend', 'Backend Engineer', ' (PHP)', ['PHP', 'Laravel', 'MySQL'], { unclearPay: true }),
      v('weak', 'fullstack', 'Full-Stack Engineer', ' (Go/React)', ['Go', 'React', 'TypeScript', 'PostgreSQL'], { adjacent: true }),
      v('weak', 'data', 'Data Platform Engineer', '', ['Kafka', 'Spark', 'Kubernetes', 'Python', 'AWS'], { adjacent: true }),
    ],
  },
  {
    persona: L,
    size: 60,
    levels: ['mid', 'senior', 'senior'],
    age: young(43),
    where: [
      ['spreewald', 'berlin'], ['spreewald', 'remote-eu'], ['grachten', 'berlin'], ['grachten', 'remote-eu'],
      ['tejo', 'berlin'], ['tejo', 'remote-eu'], ['nordlicht', 'berlin'], ['thames', 'remote-eu'],
      ['vistula', 'berlin'], ['vistula', 'remote-world'], ['atlas', 'berlin'], ['atlas', 'remote-world'],
      ['birchwood', 'remote-world'], ['kelpie', 'remote-world'], ['polaris', 'remote-world'],
    ],
    pay: { cur: 'EUR', floor: 70_000, step: 5000, unclearUsd: [62_000, 74_000] },
    variants: [
      v('strong', 'datascience', 'Data Scientist', ', Experimentation', ['Python', 'SQL', 'A/B testing', 'Statistics', 'Causal inference']),
      v('strong', 'datascience', 'Data Scientist', ', Pricing', ['Python', 'SQL', 'XGBoost', 'scikit-learn', 'Statistics']),
      v('strong', 'datascience', 'Data Scientist', ', Forecasting', ['Python', 'SQL', 'XGBoost', 'BigQuery', 'Statistics']),
      v('strong', 'datascience', 'Data Scientist', ', Marketplace', ['Python', 'SQL', 'A/B testing', 'Causal inference', 'dbt']),
      v('strong', 'datascience', 'Data Scientist, Risk', '', ['Python', 'SQL', 'scikit-learn', 'XGBoost', 'Statistics']),
      v('medium', 'datascience', 'Data Scientist', ', NLP', ['Python', 'PyTorch', 'Transformers', 'NLP', 'Hugging Face']),
      v('medium', 'datascience', 'Data Scientist', ', Computer Vision', ['Python', 'PyTorch', 'OpenCV', 'Computer vision', 'CUDA']),
      v('medium', 'datascience', 'Data Scientist', ', Marketing Analytics', ['R', 'SQL', 'Marketing mix modelling', 'Bayesian statistics']),
      v('medium', 'datascience', 'Data Scientist', ', Operations Research', ['Python', 'Optimisation', 'Gurobi', 'Linear programming']),
      v('medium', 'datascience', 'Data Scientist', ' (Spark)', ['Scala', 'Spark', 'Databricks', 'SQL']),
      v('medium', 'datascience', 'Data Scientist', ', Customer Insights', ['SQL', 'Tableau', 'Looker', 'Statistics'], { staffOk: true }),
      thin('datascience', 'Data Scientist'),
      thin('datascience', 'Data Scientist', ', Analytics'),
      v('weak', 'datascience', 'Data Scientist', ', Geospatial', ['Python', 'GeoPandas', 'PostGIS', 'QGIS'], { unclearPay: true }),
      v('weak', 'ml', 'Machine Learning Engineer', '', ['Python', 'PyTorch', 'MLOps', 'Kubernetes', 'SQL'], { adjacent: true }),
      v('weak', 'datascience', 'Product Analyst', '', ['SQL', 'A/B testing', 'Looker', 'Amplitude'], { adjacent: true }),
    ],
  },
  {
    persona: M,
    size: 60,
    levels: ['mid', 'senior', 'senior'],
    age: young(28),
    where: [
      ['mapleledger', 'toronto'], ['mapleledger', 'remote-canada'], ['lakeshore', 'toronto'], ['cascadia', 'remote-canada'],
      ['gridline', 'toronto'], ['northstar', 'toronto'], ['birchwood', 'toronto'], ['birchwood', 'remote-world'],
      ['polaris', 'toronto'], ['polaris', 'remote-world'], ['atlas', 'toronto'], ['atlas', 'remote-world'],
      ['vistula', 'remote-world'], ['kelpie', 'remote-world'],
    ],
    pay: { cur: 'CAD', floor: 110_000, step: 5000, unclearUsd: [66_000, 78_000] },
    variants: [
      v('strong', 'frontend', 'Frontend Engineer', ', Growth', ['React', 'TypeScript', 'Next.js', 'GraphQL', 'Jest']),
      v('strong', 'frontend', 'Frontend Engineer', ', Design Systems', ['React', 'TypeScript', 'Storybook', 'CSS', 'Accessibility']),
      v('strong', 'frontend', 'Software Engineer, Web', '', ['React', 'TypeScript', 'Next.js', 'Redux', 'Cypress']),
      v('strong', 'frontend', 'UI Engineer', '', ['React', 'TypeScript', 'CSS', 'Storybook', 'Jest']),
      v('strong', 'frontend', 'Frontend Engineer', ', Web Performance', ['React', 'Next.js', 'TypeScript', 'Core Web Vitals', 'webpack']),
      v('medium', 'frontend', 'Frontend Engineer', ' (Angular)', ['Angular', 'TypeScript', 'RxJS', 'SCSS', 'Karma']),
      v('medium', 'frontend', 'Frontend Engineer', ' (Vue.js)', ['Vue.js', 'Nuxt', 'JavaScript', 'Pinia', 'Vitest']),
      v('medium', 'frontend', 'Frontend Engineer', ', Data Visualisation', ['D3.js', 'TypeScript', 'WebGL', 'Canvas']),
      v('medium', 'frontend', 'UI Engineer', ' (Svelte)', ['Svelte', 'SvelteKit', 'JavaScript', 'Tailwind CSS']),
      v('medium', 'frontend', 'Frontend Engineer', ', Internal Tools', ['Ember.js', 'JavaScript', 'jQuery', 'Sass']),
      v('medium', 'fullstack', 'Full-Stack Engineer', ' (Rails)', ['Ruby on Rails', 'React', 'PostgreSQL', 'Sidekiq']),
      thin('frontend', 'Frontend Engineer'),
      thin('frontend', 'Software Engineer, Web'),
      v('weak', 'frontend', 'Frontend Engineer', ', Embedded Web', ['JavaScript', 'WebAssembly', 'C++', 'Qt'], { unclearPay: true }),
      v('weak', 'mobile', 'Mobile Engineer (React Native)', '', ['React Native', 'TypeScript', 'Redux', 'iOS', 'Android'], { adjacent: true }),
    ],
  },
  {
    persona: P,
    size: 60,
    levels: ['senior', 'senior', 'senior', 'staff'],
    age: young(58),
    where: [
      ['ledgerloop', 'hyderabad'], ['ledgerloop', 'remote-india'], ['cardamom', 'hyderabad'], ['cardamom', 'pune'],
      ['kalpa', 'pune'], ['kalpa', 'hyderabad'], ['kalpa', 'remote-india'], ['monsoon', 'pune'],
      ['vidyavan', 'hyderabad'], ['vidyavan', 'remote-india'], ['atlas', 'hyderabad'], ['atlas', 'remote-world'],
      ['kelpie', 'pune'], ['kelpie', 'remote-world'], ['polaris', 'remote-world'], ['vistula', 'remote-world'],
    ],
    pay: { cur: 'INR', floor: 3_500_000, step: 100_000, unclearUsd: [34_000, 41_000] },
    variants: [
      v('strong', 'product', 'Product Manager', ', Payments', ['Product discovery', 'Roadmapping', 'SQL', 'A/B testing', 'Payments']),
      v('strong', 'product', 'Product Manager', ', Billing', ['Product discovery', 'Roadmapping', 'SQL', 'Mixpanel']),
      v('strong', 'product', 'Product Manager', ', B2B SaaS', ['Product discovery', 'Roadmapping', 'User research', 'Amplitude']),
      v('strong', 'product', 'Technical Product Manager', ', APIs', ['Roadmapping', 'SQL', 'APIs', 'Agile']),
      v('strong', 'product', 'Product Manager', ', Merchant Experience', ['Product discovery', 'A/B testing', 'SQL', 'Jira']),
      v('medium', 'product', 'Product Manager', ', Consumer App', ['Product discovery', 'Growth', 'Mobile apps', 'Firebase']),
      v('medium', 'product', 'Product Manager', ', Hardware', ['Hardware', 'Supply chain', 'Manufacturing', 'Roadmapping']),
      v('medium', 'product', 'Product Manager', ', Clinical Workflows', ['Healthcare', 'HL7', 'Compliance', 'Roadmapping']),
      v('medium', 'product', 'Product Manager', ', Data Platform', ['Data platforms', 'Snowflake', 'APIs', 'Roadmapping']),
      v('medium', 'product', 'Product Manager', ', Marketing Tech', ['Martech', 'CRM', 'Salesforce', 'Campaigns']),
      v('medium', 'product', 'Product Manager', ', Logistics', ['Routing', 'Supply chain', 'Operations', 'SQL']),
      thin('product', 'Product Manager'),
      thin('product', 'Product Manager', ', Growth'),
      v('weak', 'product', 'Product Manager', ', Content', ['Content strategy', 'CMS', 'SEO'], { unclearPay: true }),
      v('weak', 'product', 'Product Manager', ', Onboarding', ['Product discovery', 'SQL', 'A/B testing'], { midOnly: true }),
      v('weak', 'product', 'Product Manager', ', Internal Tools', ['Jira', 'Agile', 'Stakeholder management'], { midOnly: true }),
      v('weak', 'datascience', 'Product Analyst', '', ['SQL', 'Mixpanel', 'Amplitude', 'A/B testing'], { adjacent: true }),
    ],
  },
];

const BOUNDARY_DAYS = new Set([29, 30, 31, 44, 45, 46, 59, 60, 61]);

function days(rng, max, tier) {
  for (;;) {
    // Strong fits lean fresh, the rest spread over the whole window.
    const d = tier === 'strong' && rng.chance(0.6) ? rng.int(1, Math.min(14, max)) : rng.int(1, max);
    if (!BOUNDARY_DAYS.has(d)) return d;
  }
}

const round = (n, step) => Math.round(n / step) * step;

/** Pay the posting shows: often none, else at or above the person's floor, in their currency (USD when remote worldwide). */
function pay(rng, pool, variant, placeKey, seniority) {
  const { cur, floor, step, unclearUsd } = pool.pay;
  if (variant.unclearPay) return { cur: 'USD', min: unclearUsd[0], max: unclearUsd[1] };
  if (rng.chance(0.4)) return null;
  const lift = { mid: 1, senior: 1.2, staff: 1.5 }[seniority] ?? 1.2;
  if (placeKey === 'remote-world') {
    const usd = { mid: 120_000, senior: 150_000, staff: 190_000 }[seniority] ?? 150_000;
    const min = round(usd * (0.95 + rng.next() * 0.15), 5000);
    return { cur: 'USD', min, max: round(min * (1.2 + rng.next() * 0.15), 5000) };
  }
  const min = round(floor * lift * (0.95 + rng.next() * 0.25), step);
  return { cur, min, max: round(min * (1.2 + rng.next() * 0.25), step) };
}

const norm = (title) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Every pool's job specs (without places' labels, which the generator adds), keyed by company.
 * No two share a company and a title (nor with a curated job): the job processor would merge them.
 * The generator drops the rare one that repeats a filler job's title and place.
 */
export function poolSpecs(rng, companies, curated) {
  const byCompany = new Map();
  const titles = new Map(companies.map((c) => [c.key, new Set()]));
  for (const s of curated) titles.get(s.c).add(norm(s.title));
  for (const pool of POOLS) {
    const order = rng.sample(pool.variants, pool.variants.length);
    let made = 0;
    for (let i = 0; made < pool.size; i++) {
      if (i > pool.size * 20) throw new Error(`pool ${pool.persona}: cannot place ${pool.size} distinct jobs`);
      const variant = order[i % order.length];
      const seniority = variant.midOnly ? 'mid' : variant.staffOk && rng.chance(0.5) ? 'staff' : rng.pick(pool.levels);
      // A pay that is only probably below the floor is one in another currency: a job open worldwide.
      const where = variant.unclearPay ? pool.where.filter(([, k]) => k === 'remote-world') : pool.where;
      const [c, placeKey] = rng.pick(where);
      const company = companies.find((x) => x.key === c);
      if (!company) throw new Error(`pool ${pool.persona}: unknown company ${c}`);
      if (!company.offices.includes(placeKey)) throw new Error(`pool ${pool.persona}: ${c} has no office ${placeKey}`);
      const title = `${titled(variant.family, variant.base, seniority)}${variant.suffix}`;
      const seen = titles.get(c);
      if (seen.has(norm(title))) continue;
      seen.add(norm(title));
      const spec = {
        c,
        title,
        family: variant.family,
        base: variant.base,
        seniority,
        place: placeKey,
        work: placeKey.startsWith('remote-') ? 'remote' : rng.pick(['hybrid', 'hybrid', 'onsite']),
        days: days(rng, pool.age.max, variant.tier),
        type: 'full-time',
        salary: pay(rng, pool, variant, placeKey, seniority),
        skills: variant.skills,
        pool: `${variant.tier}:${pool.persona}`,
        ...(variant.thin ? { thin: true } : {}),
      };
      if (spec.salary && company.ats === 'ashby' && rng.chance(0.2)) spec.salary.hidden = true;
      if (!byCompany.has(c)) byCompany.set(c, []);
      byCompany.get(c).push(spec);
      made++;
    }
  }
  return byCompany;
}

export { norm as normalisedTitle };
