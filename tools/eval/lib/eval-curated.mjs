// Hand-placed jobs for each persona: ones they should see at the top, and traps that fit
// the role but break a preference. `intent` records what the author meant; the generator
// checks it against the persona's judgement, so a typo here cannot slip into the labels.
// Labels themselves always come from eval-personas.mjs `judge`, for curated and filler jobs alike.
const money = (cur, unit) => (min, max) => ({ cur, min: min * unit, max: max * unit });
const INR = money('INR', 100_000); // lakh per annum
const EUR = money('EUR', 1000);
const USD = money('USD', 1000);
const CAD = money('CAD', 1000);

const j = (c, title, family, base, seniority, place, work, days, salary, intent, more = {}) => ({
  c,
  title,
  family,
  base,
  seniority,
  place,
  work,
  days,
  salary,
  intent,
  type: 'full-time',
  ...more,
});

const A = 'ananya-bengaluru-backend';
const L = 'lena-berlin-data-scientist';
const M = 'marcus-toronto-frontend';
const P = 'priya-hyderabad-pm';

const GO = ['Go', 'PostgreSQL', 'Kafka', 'Redis', 'gRPC', 'AWS', 'Docker'];
const NODE = ['TypeScript', 'Node.js', 'PostgreSQL', 'Redis', 'Kafka', 'AWS'];
const INFRA = ['Kubernetes', 'Terraform', 'AWS', 'Go', 'Prometheus', 'CI/CD', 'Docker'];
const DS = ['Python', 'SQL', 'Statistics', 'A/B testing', 'Causal inference', 'scikit-learn'];
const ML = ['Python', 'PyTorch', 'SQL', 'MLOps', 'Kubernetes'];
const FE = ['React', 'TypeScript', 'Next.js', 'CSS', 'GraphQL', 'Jest'];
const FS = ['React', 'TypeScript', 'Node.js', 'PostgreSQL', 'GraphQL'];
const PM = ['Product discovery', 'Roadmapping', 'SQL', 'A/B testing'];
const DATA = ['Python', 'SQL', 'Airflow', 'dbt', 'BigQuery', 'Kafka'];
const QA = ['Cypress', 'Playwright', 'TypeScript', 'Jest', 'API testing'];
const SEC = ['AWS', 'Kubernetes', 'Terraform', 'Go', 'AppSec'];

const BE = 'Backend Engineer';
const DSC = 'Data Scientist';
const FEE = 'Frontend Engineer';
const PMB = 'Product Manager';

// `near:` jobs are hard negatives: they share the person's words or skills but are another
// role, so a ranker that matches on vocabulary alone would put them on top.
// prettier-ignore
export const EVAL_CURATED = [
  // Ananya: senior/staff backend or platform, Bengaluru or remote India/worldwide, ≥ 45 LPA, 60 days, full-time, no crypto.
  j('ledgerloop', 'Senior Backend Engineer', 'backend', BE, 'senior', 'bengaluru', 'hybrid', 7, INR(50, 70), `good:${A}`, { skills: GO }),
  j('tiffinbox', 'Senior Backend Engineer (Go)', 'backend', BE, 'senior', 'bengaluru', 'hybrid', 3, INR(48, 66), `good:${A}`, { skills: GO }),
  j('monsoon', 'Staff Platform Engineer', 'platform', 'Platform Engineer', 'staff', 'bengaluru', 'hybrid', 20, INR(70, 90), `good:${A}`, { skills: INFRA }),
  j('kalpa', 'Senior Site Reliability Engineer', 'platform', 'Site Reliability Engineer', 'senior', 'remote-india', 'remote', 15, INR(46, 60), `good:${A}`, { skills: INFRA }),
  j('polaris', 'Senior Backend Engineer, Ledger', 'backend', BE, 'senior', 'bengaluru', 'onsite', 11, null, `good:${A}`, { skills: GO }),
  j('vistula', 'Senior Platform Engineer', 'platform', 'Platform Engineer', 'senior', 'remote-world', 'remote', 9, USD(150, 180), `good:${A}`, { skills: INFRA }),
  j('atlas', 'Staff Backend Engineer', 'backend', BE, 'staff', 'remote-world', 'remote', 26, null, `good:${A}`, { skills: NODE }),
  j('cardamom', 'Senior Backend Engineer (Node.js)', 'backend', BE, 'senior', 'bengaluru', 'hybrid', 13, INR(45, 60), `good:${A}`, { skills: NODE }),
  j('chainrupee', 'Senior Backend Engineer (Go)', 'backend', BE, 'senior', 'bengaluru', 'hybrid', 4, INR(60, 80), `out:${A}:excluded_industry`, { skills: GO }),
  j('ledgerloop', 'Senior Backend Engineer, Collections', 'backend', BE, 'senior', 'hyderabad', 'onsite', 5, INR(50, 65), `out:${A}:location`, { skills: GO }),
  j('tiffinbox', 'Senior Backend Engineer, Orders', 'backend', BE, 'senior', 'bengaluru', 'hybrid', 80, null, `out:${A}:stale`, { skills: NODE }),
  j('monsoon', 'Senior Backend Engineer (12-month contract)', 'backend', BE, 'senior', 'bengaluru', 'hybrid', 6, null, `out:${A}:employment_type`, { skills: GO, type: 'contract' }),
  j('kalpa', 'Senior Backend Engineer', 'backend', BE, 'senior', 'bengaluru', 'hybrid', 8, INR(25, 32), `out:${A}:salary`, { skills: GO }),
  j('polaris', 'Principal Backend Engineer', 'backend', BE, 'principal', 'bengaluru', 'hybrid', 10, null, `out:${A}:seniority`, { skills: GO }),
  j('lakeshore', 'Senior Backend Engineer', 'backend', BE, 'senior', 'remote-us', 'remote', 6, USD(160, 190), `out:${A}:location`, { skills: GO }),
  j('ledgerloop', 'Engineering Manager, Backend', 'manager', 'Engineering Manager, Backend', 'senior', 'bengaluru', 'hybrid', 4, null, `near:${A}`, { skills: GO }),
  j('tiffinbox', 'Senior Data Engineer', 'data', 'Data Engineer', 'senior', 'bengaluru', 'hybrid', 6, INR(45, 60), `near:${A}`, { skills: DATA }),
  j('kalpa', 'Senior Cloud Security Engineer', 'security', 'Cloud Security Engineer', 'senior', 'remote-india', 'remote', 5, null, `near:${A}`, { skills: SEC }),

  // Lena: mid/senior data scientist, Berlin or remote EU, ≥ €70k, 45 days, full-time, no crypto or gambling.
  j('spreewald', 'Senior Data Scientist', 'datascience', DSC, 'senior', 'berlin', 'hybrid', 6, EUR(80, 100), `good:${L}`, { skills: DS }),
  j('grachten', 'Data Scientist, Experimentation', 'datascience', DSC, 'mid', 'remote-eu', 'remote', 12, EUR(72, 88), `good:${L}`, { skills: DS }),
  j('tejo', 'Senior Data Scientist, Pricing', 'datascience', DSC, 'senior', 'berlin', 'hybrid', 20, null, `good:${L}`, { skills: DS }),
  j('nordlicht', 'Data Scientist', 'datascience', DSC, 'mid', 'berlin', 'onsite', 9, EUR(70, 85), `good:${L}`, { skills: DS }),
  j('vistula', 'Senior Data Scientist', 'datascience', DSC, 'senior', 'remote-world', 'remote', 15, USD(140, 170), `good:${L}`, { skills: DS }),
  j('atlas', 'Senior Data Scientist, Product Analytics', 'datascience', DSC, 'senior', 'berlin', 'hybrid', 3, EUR(85, 105), `good:${L}`, { skills: DS }),
  j('thames', 'Data Scientist, Risk', 'datascience', 'Data Scientist, Risk', 'mid', 'remote-eu', 'remote', 25, EUR(75, 90), `good:${L}`, { skills: DS }),
  j('polaris', 'Senior Data Scientist, Fraud', 'datascience', DSC, 'senior', 'remote-world', 'remote', 34, null, `good:${L}`, { skills: DS }),
  j('spreewald', 'Senior Machine Learning Engineer', 'ml', 'Machine Learning Engineer', 'senior', 'berlin', 'hybrid', 10, EUR(90, 110), `good:${L}`, { skills: ML }),
  j('grachten', 'Machine Learning Engineer II', 'ml', 'Machine Learning Engineer', 'mid', 'remote-eu', 'remote', 18, null, `good:${L}`, { skills: ML }),
  j('spreewald', 'Senior Data Scientist, Fleet', 'datascience', DSC, 'senior', 'munich', 'hybrid', 5, EUR(80, 100), `out:${L}:location`, { skills: DS }),
  j('tejo', 'Senior Data Scientist, Search', 'datascience', DSC, 'senior', 'lisbon', 'onsite', 7, EUR(60, 75), `out:${L}:location`, { skills: DS }),
  j('thames', 'Senior Data Scientist', 'datascience', DSC, 'senior', 'london', 'hybrid', 8, null, `out:${L}:location`, { skills: DS }),
  j('pfeffer', 'Senior Data Scientist, Player Analytics', 'datascience', DSC, 'senior', 'berlin', 'hybrid', 4, EUR(90, 110), `out:${L}:excluded_industry`, { skills: DS }),
  j('hashgrove', 'Senior Data Scientist', 'datascience', DSC, 'senior', 'remote-world', 'remote', 6, null, `out:${L}:excluded_industry`, { skills: DS }),
  j('nordlicht', 'Senior Data Scientist, Forecasting', 'datascience', DSC, 'senior', 'berlin', 'hybrid', 70, null, `out:${L}:stale`, { skills: DS }),
  j('atlas', 'Principal Data Scientist', 'datascience', DSC, 'principal', 'berlin', 'hybrid', 10, null, `out:${L}:seniority`, { skills: DS }),
  j('grachten', 'Data Scientist, Growth', 'datascience', DSC, 'mid', 'remote-eu', 'remote', 5, null, `out:${L}:employment_type`, { skills: DS, type: 'contract' }),
  j('vistula', 'Data Scientist, Usage Analytics', 'datascience', DSC, 'mid', 'berlin', 'hybrid', 11, EUR(55, 65), `out:${L}:salary`, { skills: DS }),
  j('lakeshore', 'Senior Data Scientist', 'datascience', DSC, 'senior', 'remote-us', 'remote', 9, USD(150, 180), `out:${L}:location`, { skills: DS }),
  j('tejo', 'Senior Data Engineer', 'data', 'Data Engineer', 'senior', 'berlin', 'hybrid', 4, EUR(80, 95), `near:${L}`, { skills: DATA }),
  j('grachten', 'Senior Analytics Engineer', 'data', 'Analytics Engineer', 'senior', 'remote-eu', 'remote', 7, EUR(75, 90), `near:${L}`, { skills: DATA }),
  j('nordlicht', 'Senior Product Analyst', 'datascience', 'Product Analyst', 'senior', 'berlin', 'hybrid', 3, EUR(70, 85), `near:${L}`, { skills: DS }),

  // Marcus: mid/senior frontend, Toronto or remote Canada, ≥ CA$110k, 30 days, full-time.
  j('mapleledger', 'Senior Frontend Engineer', 'frontend', FEE, 'senior', 'toronto', 'hybrid', 4, CAD(140, 170), `good:${M}`, { skills: FE }),
  j('mapleledger', 'Frontend Engineer II', 'frontend', FEE, 'mid', 'remote-canada', 'remote', 9, CAD(115, 135), `good:${M}`, { skills: FE }),
  j('lakeshore', 'Senior Frontend Engineer, Checkout', 'frontend', FEE, 'senior', 'toronto', 'hybrid', 12, null, `good:${M}`, { skills: FE }),
  j('cascadia', 'Frontend Engineer II', 'frontend', FEE, 'mid', 'remote-canada', 'remote', 6, CAD(112, 130), `good:${M}`, { skills: FE }),
  j('gridline', 'Senior Software Engineer, Web', 'frontend', 'Software Engineer, Web', 'senior', 'toronto', 'onsite', 15, CAD(135, 160), `good:${M}`, { skills: FE }),
  j('northstar', 'Senior UI Engineer', 'frontend', 'UI Engineer', 'senior', 'toronto', 'hybrid', 8, null, `good:${M}`, { skills: FE }),
  j('birchwood', 'Senior Frontend Engineer', 'frontend', FEE, 'senior', 'remote-world', 'remote', 20, USD(150, 180), `good:${M}`, { skills: FE }),
  j('polaris', 'Frontend Engineer II', 'frontend', FEE, 'mid', 'toronto', 'hybrid', 2, CAD(115, 140), `good:${M}`, { skills: FE }),
  j('atlas', 'Senior Frontend Engineer, Design Systems', 'frontend', FEE, 'senior', 'remote-world', 'remote', 14, null, `good:${M}`, { skills: FE }),
  j('hashgrove', 'Senior Full-Stack Engineer', 'fullstack', 'Full-Stack Engineer', 'senior', 'toronto', 'hybrid', 10, null, `good:${M}`, { skills: FS }),
  j('cascadia', 'Product Engineer II', 'fullstack', 'Product Engineer', 'mid', 'remote-canada', 'remote', 16, CAD(120, 140), `good:${M}`, { skills: FS }),
  j('mapleledger', 'Senior Frontend Engineer, Payroll', 'frontend', FEE, 'senior', 'vancouver', 'hybrid', 5, CAD(140, 165), `out:${M}:location`, { skills: FE }),
  j('cascadia', 'Senior Frontend Engineer', 'frontend', FEE, 'senior', 'seattle', 'onsite', 3, USD(170, 200), `out:${M}:location`, { skills: FE }),
  j('lakeshore', 'Senior Frontend Engineer', 'frontend', FEE, 'senior', 'remote-us', 'remote', 7, USD(160, 190), `out:${M}:location`, { skills: FE }),
  j('northstar', 'Senior Frontend Engineer', 'frontend', FEE, 'senior', 'newyork', 'hybrid', 6, null, `out:${M}:location`, { skills: FE }),
  j('gridline', 'Frontend Engineer I', 'frontend', FEE, 'junior', 'toronto', 'onsite', 4, CAD(85, 100), `out:${M}:seniority`, { skills: FE }),
  j('birchwood', 'Staff Frontend Engineer', 'frontend', FEE, 'staff', 'toronto', 'hybrid', 9, null, `out:${M}:seniority`, { skills: FE }),
  j('polaris', 'Senior Frontend Engineer, Merchant Dashboard', 'frontend', FEE, 'senior', 'toronto', 'hybrid', 50, null, `out:${M}:stale`, { skills: FE }),
  j('mapleledger', 'Frontend Engineer II, Invoicing', 'frontend', FEE, 'mid', 'remote-canada', 'remote', 8, null, `out:${M}:employment_type`, { skills: FE, type: 'contract' }),
  j('atlas', 'Frontend Engineer II, Editor', 'frontend', FEE, 'mid', 'toronto', 'hybrid', 10, CAD(85, 100), `out:${M}:salary`, { skills: FE }),
  j('northstar', 'Senior QA Engineer', 'qa', 'QA Engineer', 'senior', 'toronto', 'hybrid', 3, CAD(115, 135), `near:${M}`, { skills: QA }),
  j('mapleledger', 'Senior Mobile Engineer (React Native)', 'mobile', 'Mobile Engineer (React Native)', 'senior', 'toronto', 'hybrid', 5, CAD(130, 150), `near:${M}`, { skills: ['React Native', 'TypeScript', 'GraphQL'] }),
  j('birchwood', 'Senior Product Designer', 'design', 'Product Designer', 'senior', 'toronto', 'hybrid', 4, null, `near:${M}`, { skills: ['Figma', 'Design systems', 'Prototyping'] }),

  // Priya: senior/lead product manager, Hyderabad or Pune or remote India, ≥ 35 LPA, 60 days, no crypto.
  j('ledgerloop', 'Senior Product Manager, Payments', 'product', PMB, 'senior', 'hyderabad', 'hybrid', 5, INR(40, 55), `good:${P}`, { skills: PM }),
  j('cardamom', 'Senior Product Manager', 'product', PMB, 'senior', 'pune', 'hybrid', 10, null, `good:${P}`, { skills: PM }),
  j('kalpa', 'Senior Technical Product Manager', 'product', 'Technical Product Manager', 'senior', 'hyderabad', 'onsite', 18, INR(42, 60), `good:${P}`, { skills: PM }),
  j('vidyavan', 'Senior Product Manager, Learner Experience', 'product', PMB, 'senior', 'remote-india', 'remote', 8, INR(38, 50), `good:${P}`, { skills: PM }),
  j('monsoon', 'Senior Product Manager', 'product', PMB, 'senior', 'pune', 'onsite', 25, null, `good:${P}`, { skills: PM }),
  j('atlas', 'Senior Product Manager, Integrations', 'product', PMB, 'senior', 'hyderabad', 'hybrid', 12, INR(45, 62), `good:${P}`, { skills: PM }),
  j('polaris', 'Senior Product Manager', 'product', PMB, 'senior', 'remote-world', 'remote', 35, USD(150, 180), `good:${P}`, { skills: PM }),
  j('kalpa', 'Lead Product Manager', 'product', PMB, 'staff', 'pune', 'hybrid', 14, INR(60, 80), `good:${P}`, { skills: PM }),
  j('ledgerloop', 'Senior Product Manager, Lending', 'product', PMB, 'senior', 'bengaluru', 'hybrid', 6, INR(45, 60), `out:${P}:location`, { skills: PM }),
  j('tiffinbox', 'Senior Product Manager', 'product', PMB, 'senior', 'gurugram', 'hybrid', 9, null, `out:${P}:location`, { skills: PM }),
  j('chainrupee', 'Senior Product Manager', 'product', PMB, 'senior', 'remote-india', 'remote', 7, INR(50, 70), `out:${P}:excluded_industry`, { skills: PM }),
  j('cardamom', 'Senior Product Manager, Claims', 'product', PMB, 'senior', 'hyderabad', 'hybrid', 90, null, `out:${P}:stale`, { skills: PM }),
  j('vidyavan', 'Head of Product', 'product', PMB, 'principal', 'hyderabad', 'hybrid', 10, null, `out:${P}:seniority`, { skills: PM }),
  j('monsoon', 'Director, Product', 'product', PMB, 'director', 'pune', 'onsite', 5, null, `out:${P}:seniority`, { skills: PM }),
  j('kalpa', 'Product Manager, Store Analytics', 'product', PMB, 'mid', 'hyderabad', 'hybrid', 11, INR(20, 28), `out:${P}:salary`, { skills: PM }),
  j('atlas', 'Senior Product Manager, Automation', 'product', PMB, 'senior', 'berlin', 'hybrid', 7, EUR(80, 100), `out:${P}:location`, { skills: PM }),
  j('ledgerloop', 'Senior Product Analyst', 'datascience', 'Product Analyst', 'senior', 'hyderabad', 'hybrid', 4, INR(35, 45), `near:${P}`, { skills: ['SQL', 'A/B testing', 'Mixpanel', 'Amplitude'] }),
  j('cardamom', 'Senior Product Designer', 'design', 'Product Designer', 'senior', 'pune', 'hybrid', 6, null, `near:${P}`, { skills: ['Figma', 'User research', 'Prototyping'] }),
  j('monsoon', 'Engineering Manager, Platform', 'manager', 'Engineering Manager, Platform', 'senior', 'pune', 'onsite', 8, null, `near:${P}`, { skills: ['People management', 'Hiring', 'Agile'] }),
];
