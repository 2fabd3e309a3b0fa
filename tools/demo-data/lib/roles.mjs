// Role families: titles, teams and the sentences their descriptions are built from.
const eng = 'Engineering';

export const FAMILIES = {
  backend: {
    department: eng,
    teams: ['Core Services', 'Payments', 'APIs', 'Integrations'],
    titles: [
      'Backend Engineer',
      'Software Engineer, Backend',
      'Backend Engineer (Go)',
      'Software Engineer - Platform APIs',
    ],
    skills: [
      'Go',
      'Java',
      'Kotlin',
      'Node.js',
      'TypeScript',
      'Python',
      'PostgreSQL',
      'MySQL',
      'Kafka',
      'Redis',
      'gRPC',
      'AWS',
      'Docker',
    ],
    does: [
      'Design, build and operate the services behind our public APIs',
      'Own features end to end, from the design doc to production monitoring',
      'Model data and write efficient queries for high-traffic PostgreSQL databases',
      'Build event-driven pipelines that move millions of messages a day',
      'Improve the reliability, latency and cost of existing services',
      'Review code and mentor other engineers on the team',
    ],
  },
  platform: {
    department: eng,
    teams: ['Platform', 'Infrastructure', 'Developer Experience', 'Reliability'],
    titles: ['Platform Engineer', 'Site Reliability Engineer', 'DevOps Engineer', 'Infrastructure Engineer'],
    skills: [
      'Kubernetes',
      'Terraform',
      'AWS',
      'GCP',
      'Prometheus',
      'Grafana',
      'Go',
      'Linux',
      'Helm',
      'Argo CD',
      'CI/CD',
      'Docker',
    ],
    does: [
      'Run and evolve our Kubernetes clusters across several regions',
      'Manage cloud infrastructure as code with Terraform',
      'Build the paved road: CI/CD pipelines, templates and internal tooling',
      'Define SLOs, improve observability and lead incident reviews',
      'Automate away toil and keep cloud spend under control',
    ],
  },
  frontend: {
    department: eng,
    teams: ['Web', 'Growth', 'Design Systems'],
    titles: ['Frontend Engineer', 'Software Engineer, Web', 'UI Engineer'],
    skills: ['React', 'TypeScript', 'Next.js', 'CSS', 'GraphQL', 'Storybook', 'Jest'],
    does: [
      'Build fast, accessible interfaces in React and TypeScript',
      'Grow our design system together with the design team',
      'Own web performance budgets and Core Web Vitals',
      'Ship experiments with product and growth teams',
    ],
  },
  fullstack: {
    department: eng,
    teams: ['Product Engineering', 'Merchant Experience', 'Onboarding'],
    titles: ['Full-Stack Engineer', 'Software Engineer, Full Stack', 'Product Engineer'],
    skills: ['React', 'Node.js', 'TypeScript', 'PostgreSQL', 'GraphQL', 'Ruby on Rails', 'AWS'],
    does: [
      'Ship product features across the stack, from database to UI',
      'Work closely with designers and product managers on discovery',
      'Write well-tested code and keep our deploys boring',
      'Talk to customers to understand the problems behind feature requests',
    ],
  },
  data: {
    department: 'Data',
    teams: ['Data Platform', 'Analytics Engineering'],
    titles: ['Data Engineer', 'Analytics Engineer', 'Data Platform Engineer'],
    skills: ['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'Kafka', 'BigQuery'],
    does: [
      'Build batch and streaming pipelines that feed analytics and products',
      'Model data in dbt and keep our warehouse tidy and documented',
      'Own data quality checks, lineage and SLAs',
      'Partner with analysts and data scientists on new datasets',
    ],
  },
  ml: {
    department: eng,
    teams: ['Machine Learning', 'Applied AI', 'Ranking'],
    titles: ['Machine Learning Engineer', 'ML Engineer, Ranking', 'Applied AI Engineer'],
    skills: ['Python', 'PyTorch', 'TensorFlow', 'MLOps', 'Kubernetes', 'LLMs', 'SQL'],
    does: [
      'Train, evaluate and ship models that power core product features',
      'Build feature pipelines and online inference services',
      'Run offline and online experiments and explain the results',
      'Work with LLM providers and fine-tune models where it pays off',
    ],
  },
  mobile: {
    department: eng,
    teams: ['Mobile', 'Consumer Apps'],
    titles: ['iOS Engineer', 'Android Engineer', 'Mobile Engineer (React Native)'],
    skills: ['Swift', 'Kotlin', 'React Native', 'TypeScript', 'GraphQL'],
    does: [
      'Build and ship features in our iOS and Android apps',
      'Keep app start-up time and crash rates low',
      'Work with backend engineers on the APIs the apps need',
    ],
  },
  security: {
    department: 'Security',
    teams: ['Product Security', 'Security Operations'],
    titles: ['Security Engineer', 'Application Security Engineer', 'Cloud Security Engineer'],
    skills: ['AppSec', 'Threat modelling', 'AWS', 'SIEM', 'Python', 'Kubernetes'],
    does: [
      'Threat-model new features with product teams',
      'Run our vulnerability management and bug bounty programmes',
      'Harden our cloud accounts and Kubernetes clusters',
      'Respond to and learn from security incidents',
    ],
  },
  qa: {
    department: eng,
    teams: ['Quality'],
    titles: ['QA Engineer', 'Software Development Engineer in Test', 'Test Automation Engineer'],
    skills: ['Playwright', 'Cypress', 'Selenium', 'Java', 'Python', 'API testing'],
    does: [
      'Build and maintain automated end-to-end and API test suites',
      'Define test strategy for new features with engineers',
      'Keep our CI pipeline fast and flake-free',
    ],
  },
  product: {
    department: 'Product',
    teams: ['Product'],
    titles: ['Product Manager', 'Technical Product Manager', 'Product Manager, Payments'],
    skills: ['Product discovery', 'Roadmapping', 'SQL', 'A/B testing'],
    does: [
      'Own the roadmap for a product area and the outcomes it drives',
      'Talk to customers every week and turn insight into clear problems',
      'Work with engineering and design from discovery to launch',
    ],
  },
  design: {
    department: 'Design',
    teams: ['Product Design', 'Research'],
    titles: ['Product Designer', 'UX Researcher', 'Brand Designer'],
    skills: ['Figma', 'Prototyping', 'User research', 'Design systems'],
    does: [
      'Design end-to-end experiences from sketches to polished UI',
      'Run research sessions and share what you learn',
      'Contribute to our design system',
    ],
  },
  datascience: {
    department: 'Data',
    teams: ['Data Science', 'Risk'],
    titles: ['Data Scientist', 'Data Scientist, Risk', 'Product Analyst'],
    skills: ['Python', 'SQL', 'Statistics', 'A/B testing', 'Causal inference'],
    does: [
      'Design experiments and measure what our launches really change',
      'Build models for forecasting, pricing or fraud',
      'Turn messy data into decisions leadership can act on',
    ],
  },
  sales: {
    department: 'Sales',
    teams: ['Sales', 'Partnerships'],
    titles: ['Account Executive', 'Sales Development Representative', 'Solutions Engineer', 'Partnerships Manager'],
    skills: ['Salesforce', 'Negotiation', 'Enterprise sales'],
    does: [
      'Build pipeline through outbound prospecting and events',
      'Run discovery calls and product demos',
      'Close new business and hand over smoothly to customer success',
    ],
  },
  support: {
    department: 'Customer Experience',
    teams: ['Support'],
    titles: ['Customer Support Specialist', 'Technical Support Engineer', 'Customer Success Manager'],
    skills: ['Zendesk', 'SQL', 'Troubleshooting'],
    does: [
      'Answer customer questions by chat and email with care',
      'Reproduce bugs and write crisp tickets for engineering',
      'Write and improve help-centre articles',
    ],
  },
  manager: {
    department: eng,
    teams: ['Core Services', 'Platform', 'Mobile'],
    titles: ['Engineering Manager, Backend', 'Engineering Manager, Platform', 'Engineering Manager, Mobile'],
    skills: ['People management', 'Hiring', 'System design', 'Agile'],
    does: [
      'Lead a team of six to eight engineers',
      'Hire, coach and grow engineers',
      'Own delivery and the health of the systems your team runs',
    ],
  },
};

/** Title words by seniority; engineering families use prefixes, others fewer levels. */
export function titled(family, base, seniority) {
  const isEng = FAMILIES[family].department === eng || family === 'data' || family === 'security';
  if (family === 'manager')
    return seniority === 'director' ? base.replace('Engineering Manager', 'Director of Engineering') : base;
  switch (seniority) {
    case 'intern':
      return isEng ? 'Software Engineering Intern' : `${base} Intern`;
    case 'junior':
      return isEng ? `${base} I` : `Associate ${base}`;
    case 'mid':
      return isEng ? `${base} II` : base;
    case 'senior':
      return `Senior ${base}`;
    case 'staff':
      return isEng ? `Staff ${base}` : `Lead ${base}`;
    case 'principal':
      return isEng ? `Principal ${base}` : `Head of ${FAMILIES[family].teams[0]}`;
    case 'director':
      return `Director, ${FAMILIES[family].teams[0]}`;
    default:
      return base;
  }
}

export const YEARS = { intern: 0, junior: 1, mid: 3, senior: 5, staff: 8, principal: 10, director: 12 };
