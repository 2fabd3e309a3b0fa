import { readingOf } from '@job-hunter/domain';
import { prefsFromText } from './prefs-text.rules';

// Whole readings of preference texts written for these tests (none is in the shared corpus), one per line,
// with the fields each text decides: a check that the grammar reads wordings it was not tuned on.
const SETS = [
  'workModels',
  'remoteFrom',
  'excludedIndustries',
  'employmentTypes',
  'excludedCompanies',
  'excludedRoles',
] as const;

function comparable(reading: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...reading };
  for (const k of SETS) out[k] = [...((reading[k] as string[] | undefined) ?? [])].sort();
  return out;
}

const CASES: [string, Record<string, unknown>][] = [
  [
    "I'm based in Porto and would like to keep living here, so fully remote positions only please. Senior data engineer. At least 60k EUR a year.",
    {
      roles: ['data engineer'],
      seniority: { min: 'senior', max: 'senior' },
      workModels: ['remote'],
      remoteFrom: ['PT'],
      minSalary: { amount: 60000, currency: 'EUR', period: 'year' },
    },
  ],
  [
    'Staff backend developer. Toronto on-site or hybrid, or remote from Canada. $180k CAD base. No crypto, no gambling and no defense.',
    {
      roles: ['backend developer'],
      seniority: { min: 'staff', max: 'staff' },
      locations: [{ city: 'Toronto', country: 'CA' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['CA'],
      minSalary: { amount: 180000, currency: 'CAD', period: 'year' },
      excludedIndustries: ['crypto', 'gambling', 'defense'],
    },
  ],
  [
    'Registered nurse looking for work in Perth. $48 per hour minimum. No agencies.',
    {
      roles: ['registered nurse'],
      locations: [{ city: 'Perth', country: 'AU' }],
      minSalary: { amount: 48, currency: 'AUD', period: 'hour' },
      excludedIndustries: ['staffing'],
    },
  ],
  [
    "I've worked as a data analyst for 3 years and now want to move into data science. Remote from Germany (I live in Cologne). 70k€ minimum.",
    {
      roles: ['data scientist'],
      workModels: ['remote'],
      remoteFrom: ['DE'],
      minSalary: { amount: 70000, currency: 'EUR', period: 'year' },
    },
  ],
  [
    'Looking for QA roles — actually no, make that SDET / test automation engineer roles. Remote within the EU.',
    {
      roles: ['software development engineer in test', 'test automation engineer'],
      workModels: ['remote'],
      remoteFrom: ['EU'],
    },
  ],
  [
    "Please don't show me anything from Brightwave or Kestrel Systems. Product manager, London, hybrid. £85k+.",
    {
      roles: ['product manager'],
      locations: [{ city: 'London', country: 'GB' }],
      workModels: ['hybrid'],
      minSalary: { amount: 85000, currency: 'GBP', period: 'year' },
      excludedCompanies: ['Brightwave', 'Kestrel Systems'],
    },
  ],
  [
    'Mid-level DevOps engineer, Warsaw, hybrid preferred but fully on-site is also ok. 20 000 PLN net monthly.',
    {
      roles: ['devops engineer'],
      seniority: { min: 'mid', max: 'mid' },
      locations: [{ city: 'Warsaw', country: 'PL' }],
      workModels: ['hybrid', 'onsite'],
      minSalary: { amount: 20000, currency: 'PLN', period: 'month' },
    },
  ],
  [
    'Accountant roles in Dublin. Nothing posted more than three weeks ago. €55,000 minimum. Not Fennick & Rowe please.',
    {
      roles: ['accountant'],
      locations: [{ city: 'Dublin', country: 'IE' }],
      maxAgeDays: 21,
      minSalary: { amount: 55000, currency: 'EUR', period: 'year' },
      excludedCompanies: ['Fennick & Rowe'],
    },
  ],
  [
    "I'm moving from Pune to Hyderabad in March, so Hyderabad only, onsite or hybrid. Senior QA engineer, 25 LPA.",
    {
      roles: ['qa engineer'],
      seniority: { min: 'senior', max: 'senior' },
      locations: [{ city: 'Hyderabad', country: 'IN' }],
      workModels: ['onsite', 'hybrid'],
      minSalary: { amount: 2500000, currency: 'INR', period: 'year' },
    },
  ],
  [
    'Primary school teacher, Leeds or Sheffield. Not interested in academies run by Northstar Trust.',
    {
      roles: ['primary school teacher'],
      locations: [
        { city: 'Leeds', country: 'GB' },
        { city: 'Sheffield', country: 'GB' },
      ],
      excludedCompanies: ['Northstar Trust'],
    },
  ],
  [
    'Android dev, mid or senior, Berlin or remote within Germany. No frontend or backend roles, no people management. 75k.',
    {
      roles: ['android developer'],
      excludedRoles: ['frontend engineer', 'backend engineer', 'engineering manager'],
      seniority: { min: 'mid', max: 'senior' },
      locations: [{ city: 'Berlin', country: 'DE' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['DE'],
      minSalary: { amount: 75000, currency: 'EUR', period: 'year' },
    },
  ],
  [
    'Paralegal, remote only, I live in Phoenix. $28/hr minimum. Skip law firms and staffing agencies.',
    {
      roles: ['paralegal'],
      workModels: ['remote'],
      remoteFrom: ['US'],
      minSalary: { amount: 28, currency: 'USD', period: 'hour' },
      excludedIndustries: ['staffing'],
    },
  ],
  [
    'Principal+ SRE. Seattle or remote US. $280k TC floor. Avoid adtech and social media.',
    {
      roles: ['site reliability engineer'],
      seniority: { min: 'principal', max: null },
      locations: [{ city: 'Seattle', country: 'US' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['US'],
      minSalary: { amount: 280000, currency: 'USD', period: 'year' },
      excludedIndustries: ['adtech', 'social media'],
    },
  ],
  [
    'graduate software engineer, london, £40k, need visa sponsorship (tier 2 / skilled worker)',
    {
      roles: ['software engineer'],
      seniority: { min: 'junior', max: 'junior' },
      locations: [{ city: 'London', country: 'GB' }],
      minSalary: { amount: 40000, currency: 'GBP', period: 'year' },
      needsVisaSponsorship: true,
    },
  ],
  [
    "I hold a German passport so I don't need sponsorship. Frontend engineer, Amsterdam, hybrid only. €75k.",
    {
      roles: ['frontend engineer'],
      locations: [{ city: 'Amsterdam', country: 'NL' }],
      workModels: ['hybrid'],
      minSalary: { amount: 75000, currency: 'EUR', period: 'year' },
      needsVisaSponsorship: false,
    },
  ],
  [
    "Looking for a cloud architect role. Remote (I'm in Bogotá). USD 6,000 per month minimum.",
    {
      roles: ['cloud architect'],
      workModels: ['remote'],
      remoteFrom: ['CO'],
      minSalary: { amount: 6000, currency: 'USD', period: 'month' },
    },
  ],
  [
    'Not ready for lead roles, still learning. Junior or mid data analyst, Chicago, on-site fine. $70k. Only jobs from the past two weeks.',
    {
      roles: ['data analyst'],
      seniority: { min: 'junior', max: 'mid' },
      locations: [{ city: 'Chicago', country: 'US' }],
      minSalary: { amount: 70000, currency: 'USD', period: 'year' },
      maxAgeDays: 14,
    },
  ],
  [
    'Machine learning engineer, Bengaluru or Chennai, 60 lakhs per annum, no edtech, no fintech, nothing in crypto',
    {
      roles: ['machine learning engineer'],
      locations: [
        { city: 'Bengaluru', country: 'IN' },
        { city: 'Chennai', country: 'IN' },
      ],
      minSalary: { amount: 6000000, currency: 'INR', period: 'year' },
      excludedIndustries: ['edtech', 'fintech', 'crypto'],
    },
  ],
  [
    'sr fullstack, NYC or remote, 200k+, no startups under 20 people',
    {
      roles: ['full-stack engineer'],
      seniority: { min: 'senior', max: 'senior' },
      locations: [{ city: 'New York', country: 'US' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['US'],
      minSalary: { amount: 200000, currency: 'USD', period: 'year' },
    },
  ],
  [
    'Electrician, Calgary area, $40 an hour or more. Full-time permanent only.',
    {
      roles: ['electrician'],
      locations: [{ city: 'Calgary', country: 'CA' }],
      minSalary: { amount: 40, currency: 'CAD', period: 'hour' },
      employmentTypes: ['full-time'],
    },
  ],
  [
    "Customer success manager. I'm currently in Lisbon but relocating to Madrid — hybrid or on-site in Madrid only. 45.000€ brutos al año.",
    {
      roles: ['customer success manager'],
      locations: [{ city: 'Madrid', country: 'ES' }],
      workModels: ['hybrid', 'onsite'],
      minSalary: { amount: 45000, currency: 'EUR', period: 'year' },
    },
  ],
  [
    "Pharmacist, Osaka, 400,000 yen per month. I'm Korean so I need a work visa.",
    {
      roles: ['pharmacist'],
      locations: [{ city: 'Osaka', country: 'JP' }],
      minSalary: { amount: 400000, currency: 'JPY', period: 'month' },
      needsVisaSponsorship: true,
    },
  ],
  [
    'security engineer. remote from anywhere. no government, no defence contractors, no gambling',
    {
      roles: ['security engineer'],
      workModels: ['remote'],
      remoteFrom: ['WORLD'],
      excludedIndustries: ['government', 'defense', 'gambling'],
    },
  ],
  [
    "Embedded firmware engineer, Munich or Stuttgart, on-site only. 85k brutto. No automotive suppliers please - I've done 6 years of that.",
    {
      roles: ['embedded firmware engineer'],
      locations: [
        { city: 'Munich', country: 'DE' },
        { city: 'Stuttgart', country: 'DE' },
      ],
      workModels: ['onsite'],
      minSalary: { amount: 85000, currency: 'EUR', period: 'year' },
      excludedIndustries: ['automotive'],
    },
  ],
  [
    "hey, i'm a backend developper (java) with 5 yoe, i'd like remote work from Brazil, min R$ 18.000/mês, no bets or casino companies",
    {
      roles: ['backend developer'],
      workModels: ['remote'],
      remoteFrom: ['BR'],
      minSalary: { amount: 18000, currency: 'BRL', period: 'month' },
      excludedIndustries: ['gambling'],
    },
  ],
  [
    'Staff data scientist or ML engineer, SF Bay Area hybrid, no on-site-only roles. $250k base.',
    {
      roles: ['data scientist', 'ml engineer'],
      seniority: { min: 'staff', max: 'staff' },
      locations: [{ city: 'San Francisco', country: 'US' }],
      minSalary: { amount: 250000, currency: 'USD', period: 'year' },
    },
  ],
  [
    'Technical writer. Remote UK only. Contract or freelance is fine, full-time also fine. £300 day rate minimum.',
    {
      roles: ['technical writer'],
      workModels: ['remote'],
      remoteFrom: ['GB'],
      minSalary: { amount: 300, currency: 'GBP', period: 'day' },
    },
  ],
  [
    "Hello! Quick background: I spent 5 years as a mechanical engineer in automotive. I'd now like to switch to product management roles, ideally in Munich. Please no automotive or defence companies. 90k EUR minimum.",
    {
      roles: ['product manager'],
      locations: [{ city: 'Munich', country: 'DE' }],
      minSalary: { amount: 90000, currency: 'EUR', period: 'year' },
      excludedIndustries: ['automotive', 'defense'],
    },
  ],
  [
    "UX writer — remote, I'm in Auckland. NZ$110k+. No gambling, crypto, or tobacco.",
    {
      roles: ['ux writer'],
      workModels: ['remote'],
      remoteFrom: ['NZ'],
      minSalary: { amount: 110000, currency: 'NZD', period: 'year' },
      excludedIndustries: ['gambling', 'crypto', 'tobacco'],
    },
  ],
  [
    'Frontend or mobile roles, senior. Not interested in Meta, Amazon or any gambling company. Austin hybrid or remote US.',
    {
      roles: ['frontend engineer', 'mobile engineer'],
      seniority: { min: 'senior', max: 'senior' },
      locations: [{ city: 'Austin', country: 'US' }],
      workModels: ['hybrid', 'remote'],
      remoteFrom: ['US'],
      excludedCompanies: ['Meta', 'Amazon'],
      excludedIndustries: ['gambling'],
    },
  ],
  [
    "I'd like a staff nurse post in Glasgow, part-time, around 25 hours a week. Please no agency shifts.",
    {
      roles: ['nurse'],
      locations: [{ city: 'Glasgow', country: 'GB' }],
      employmentTypes: ['part-time'],
      excludedIndustries: ['staffing'],
    },
  ],
  [
    'Sales development rep or BDR, Dublin, €40k base + commission. Skip recruitment agencies and anything at Corlane.',
    {
      roles: ['sales development representative', 'business development representative'],
      locations: [{ city: 'Dublin', country: 'IE' }],
      minSalary: { amount: 40000, currency: 'EUR', period: 'year' },
      excludedCompanies: ['Corlane'],
      excludedIndustries: ['staffing'],
    },
  ],
  [
    "Data engineer in Zurich or remote from Switzerland, CHF 130k. I'm a Swiss citizen.",
    {
      roles: ['data engineer'],
      locations: [{ city: 'Zurich', country: 'CH' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['CH'],
      minSalary: { amount: 130000, currency: 'CHF', period: 'year' },
      needsVisaSponsorship: false,
    },
  ],
  [
    'Looking for backend roles... actually, make it platform engineering. Senior+, London, £110k.',
    {
      roles: ['platform engineer'],
      seniority: { min: 'senior', max: null },
      locations: [{ city: 'London', country: 'GB' }],
      minSalary: { amount: 110000, currency: 'GBP', period: 'year' },
    },
  ],
  [
    'I currently live in Newark but I want to work on-site in New York City. Financial analyst, $95k, full-time only, nothing older than 2 weeks.',
    {
      roles: ['financial analyst'],
      locations: [{ city: 'New York', country: 'US' }],
      workModels: ['onsite'],
      minSalary: { amount: 95000, currency: 'USD', period: 'year' },
      maxAgeDays: 14,
      employmentTypes: ['full-time'],
    },
  ],
  [
    'Mid-level full stack developer, remote within Europe or hybrid in Vienna. 65k€. I need a work permit sponsored.',
    {
      roles: ['full-stack developer'],
      seniority: { min: 'mid', max: 'mid' },
      locations: [{ city: 'Vienna', country: 'AT' }],
      workModels: ['remote', 'hybrid'],
      minSalary: { amount: 65000, currency: 'EUR', period: 'year' },
      needsVisaSponsorship: true,
    },
  ],
  [
    'Solutions architect. Open to Singapore or Kuala Lumpur, on-site or hybrid. SGD 12k/month. Not Grabble.',
    {
      roles: ['solutions architect'],
      locations: [
        { city: 'Singapore', country: 'SG' },
        { city: 'Kuala Lumpur', country: 'MY' },
      ],
      workModels: ['onsite', 'hybrid'],
      minSalary: { amount: 12000, currency: 'SGD', period: 'month' },
      excludedCompanies: ['Grabble'],
    },
  ],
  [
    'Software engineer II, Seattle, on-site, $160k. no amazon subsidiaries. last 45 days',
    {
      roles: ['software engineer'],
      seniority: { min: 'mid', max: 'mid' },
      locations: [{ city: 'Seattle', country: 'US' }],
      workModels: ['onsite'],
      minSalary: { amount: 160000, currency: 'USD', period: 'year' },
      maxAgeDays: 45,
    },
  ],
  [
    "Engineering manager (not director). Berlin hybrid. €130k. Not Zalendo or Delivra — I've interviewed with both recently.",
    {
      roles: ['engineering manager'],
      locations: [{ city: 'Berlin', country: 'DE' }],
      workModels: ['hybrid'],
      minSalary: { amount: 130000, currency: 'EUR', period: 'year' },
      excludedCompanies: ['Zalendo', 'Delivra'],
    },
  ],
  [
    'Remote anywhere in LATAM. Senior React Native developer. USD 5k per month. No betting apps, no crypto exchanges.',
    {
      roles: ['react native developer'],
      seniority: { min: 'senior', max: 'senior' },
      workModels: ['remote'],
      remoteFrom: ['LATAM'],
      minSalary: { amount: 5000, currency: 'USD', period: 'month' },
      excludedIndustries: ['gambling', 'crypto'],
    },
  ],
  [
    "Hi team, I'm a project manager in construction, 12 years. Looking for senior project manager roles in Riyadh or Dubai. SAR 40,000 monthly. I'll need visa sponsorship.",
    {
      roles: ['project manager'],
      seniority: { min: 'senior', max: 'senior' },
      locations: [
        { city: 'Riyadh', country: 'SA' },
        { city: 'Dubai', country: 'AE' },
      ],
      minSalary: { amount: 40000, currency: 'SAR', period: 'month' },
      needsVisaSponsorship: true,
    },
  ],
  [
    'Junior graphic designer, Manchester, hybrid ok, £26k, posted this week.',
    {
      roles: ['graphic designer'],
      seniority: { min: 'junior', max: 'junior' },
      locations: [{ city: 'Manchester', country: 'GB' }],
      minSalary: { amount: 26000, currency: 'GBP', period: 'year' },
      maxAgeDays: 7,
    },
  ],
  [
    "Cybersecurity analyst, remote or on-site in Ottawa. CA$95,000. I'm a permanent resident of Canada.",
    {
      roles: ['cybersecurity analyst'],
      locations: [{ city: 'Ottawa', country: 'CA' }],
      workModels: ['remote', 'onsite'],
      remoteFrom: ['CA'],
      minSalary: { amount: 95000, currency: 'CAD', period: 'year' },
      needsVisaSponsorship: false,
    },
  ],
  [
    'Not looking at banks, insurers or consultancies. Risk analyst, Frankfurt, 75.000 € p.a.',
    {
      roles: ['risk analyst'],
      locations: [{ city: 'Frankfurt', country: 'DE' }],
      minSalary: { amount: 75000, currency: 'EUR', period: 'year' },
      excludedIndustries: ['banking', 'insurance', 'consulting'],
    },
  ],
  [
    'Site reliability or platform engineer, Tel Aviv, hybrid. 45k ILS a month. Nothing in defense.',
    {
      roles: ['site reliability engineer', 'platform engineer'],
      locations: [{ city: 'Tel Aviv', country: 'IL' }],
      workModels: ['hybrid'],
      minSalary: { amount: 45000, currency: 'ILS', period: 'month' },
      excludedIndustries: ['defense'],
    },
  ],
  [
    'asdf qwerty zzz',
    {
      roles: [],
      excludedRoles: [],
      seniority: { min: null, max: null },
      locations: [],
      workModels: [],
      remoteFrom: [],
      minSalary: null,
      maxAgeDays: null,
      excludedCompanies: [],
      excludedIndustries: [],
      needsVisaSponsorship: false,
      employmentTypes: [],
    },
  ],
  [
    "Hi there, so I've been doing bookkeeping for small firms for about 7 years and I'm ready for something bigger, ideally an accounts payable supervisor or finance manager position somewhere in Greater Manchester, hybrid would be ideal but I can do full office if the pay is right, which for me means 42k minimum, and please nothing in gambling or payday loans, thanks",
    {
      roles: ['accounts payable supervisor', 'finance manager'],
      locations: [{ city: 'Manchester', country: 'GB' }],
      minSalary: { amount: 42000, currency: 'GBP', period: 'year' },
      excludedIndustries: ['gambling', 'payday lending'],
    },
  ],
  [
    'electrician apprentice finished, looking for journeyman electrician work around Denver, $32/hr+, no solar door-to-door sales',
    {
      roles: ['journeyman electrician'],
      locations: [{ city: 'Denver', country: 'US' }],
      minSalary: { amount: 32, currency: 'USD', period: 'hour' },
    },
  ],
  [
    'Veterinarian, small animal, Auckland or Wellington. NZ$120k. Not corporate chains like VetPlus please.',
    {
      roles: ['veterinarian'],
      locations: [
        { city: 'Auckland', country: 'NZ' },
        { city: 'Wellington', country: 'NZ' },
      ],
      minSalary: { amount: 120000, currency: 'NZD', period: 'year' },
      excludedCompanies: ['VetPlus'],
    },
  ],
  [
    'Senior product designer. Based in Mexico City, want remote only (LATAM or US time zones). USD 70k/year. No crypto, no betting.',
    {
      roles: ['product designer'],
      seniority: { min: 'senior', max: 'senior' },
      workModels: ['remote'],
      remoteFrom: ['MX'],
      minSalary: { amount: 70000, currency: 'USD', period: 'year' },
      excludedIndustries: ['crypto', 'gambling'],
    },
  ],
  [
    'Civil engineer (structures), 8 yrs. Open to Doha or Riyadh, need employer-sponsored visa. QAR 25,000 monthly minimum.',
    {
      roles: ['civil engineer'],
      locations: [
        { city: 'Doha', country: 'QA' },
        { city: 'Riyadh', country: 'SA' },
      ],
      minSalary: { amount: 25000, currency: 'QAR', period: 'month' },
      needsVisaSponsorship: true,
    },
  ],
  [
    'Java developer → want to become a solutions architect. Johannesburg or Cape Town, hybrid. R900k per year.',
    {
      roles: ['solutions architect'],
      locations: [
        { city: 'Johannesburg', country: 'ZA' },
        { city: 'Cape Town', country: 'ZA' },
      ],
      workModels: ['hybrid'],
    },
  ],
  [
    'Lead data engineer (not management, hands-on IC). Remote Spain. 65.000€/año. Empresas de apuestas no.',
    {
      roles: ['data engineer'],
      seniority: { min: 'staff', max: 'staff' },
      workModels: ['remote'],
      remoteFrom: ['ES'],
      minSalary: { amount: 65000, currency: 'EUR', period: 'year' },
    },
  ],
  [
    'Dental hygienist, part-time (3 days a week), Melbourne. $55 per hour. No corporate dental chains.',
    {
      roles: ['dental hygienist'],
      locations: [{ city: 'Melbourne', country: 'AU' }],
      minSalary: { amount: 55, currency: 'AUD', period: 'hour' },
      employmentTypes: ['part-time'],
    },
  ],
  [
    "Searching: iOS or Android engineer roles, mid-senior, Seoul (on-site). KRW 80,000,000 a year. Don't show me gaming companies.",
    {
      roles: ['ios engineer', 'android engineer'],
      seniority: { min: 'mid', max: 'senior' },
      locations: [{ city: 'Seoul', country: 'KR' }],
      workModels: ['onsite'],
      minSalary: { amount: 80000000, currency: 'KRW', period: 'year' },
      excludedIndustries: ['gaming'],
    },
  ],
  [
    'Truck driver, CDL-A, Dallas area, $1,500 a week minimum, no team driving.',
    { roles: ['truck driver'], locations: [{ city: 'Dallas', country: 'US' }] },
  ],
  [
    'Postdoc done, now looking for research scientist positions in pharma — Basel or Boston. CHF 120k or $150k.',
    {
      roles: ['research scientist'],
      locations: [
        { city: 'Basel', country: 'CH' },
        { city: 'Boston', country: 'US' },
      ],
    },
  ],
  [
    'Hybrid in Stockholm or remote within Sweden, senior backend (Go). 70 000 SEK per month. No gambling — lots of it here.',
    {
      roles: ['backend engineer'],
      seniority: { min: 'senior', max: 'senior' },
      locations: [{ city: 'Stockholm', country: 'SE' }],
      workModels: ['hybrid', 'remote'],
      remoteFrom: ['SE'],
      minSalary: { amount: 70000, currency: 'SEK', period: 'month' },
      excludedIndustries: ['gambling'],
    },
  ],
  [
    "I'm a chef in Lyon and I'd like to stay here. Sous chef or head chef roles only in Lyon. 2 800 € net par mois.",
    { locations: [{ city: 'Lyon', country: 'FR' }], minSalary: { amount: 2800, currency: 'EUR', period: 'month' } },
  ],
  [
    "Junior SOC analyst, remote US only (I'm in Tampa, FL). $60k. No government contractors or defense.",
    {
      roles: ['soc analyst'],
      seniority: { min: 'junior', max: 'junior' },
      workModels: ['remote'],
      remoteFrom: ['US'],
      minSalary: { amount: 60000, currency: 'USD', period: 'year' },
      excludedIndustries: ['government', 'defense'],
    },
  ],
  [
    "Looking for a senior frontend role (Vue/Nuxt). I'm in Bristol and can commute to Bath, or fully remote within the UK. Not interested in agencies, consultancies or anything betting-related. £65k+.",
    {
      roles: ['frontend engineer'],
      seniority: { min: 'senior', max: 'senior' },
      locations: [{ city: 'Bath', country: 'GB' }],
      workModels: ['onsite', 'hybrid', 'remote'],
      remoteFrom: ['GB'],
      minSalary: { amount: 65000, currency: 'GBP', period: 'year' },
      excludedIndustries: ['staffing', 'consulting', 'gambling'],
    },
  ],
  [
    'backend/python, remote EU only, 70k+, no crypto or adtech, no Acme Corp',
    {
      roles: ['backend engineer'],
      workModels: ['remote'],
      remoteFrom: ['EU'],
      minSalary: { amount: 70000, currency: 'EUR', period: 'year' },
      excludedCompanies: ['Acme Corp'],
      excludedIndustries: ['crypto', 'adtech'],
    },
  ],
  [
    'I manage a small warehouse team now; looking for logistics coordinator or warehouse supervisor jobs in Rotterdam. €3.200 bruto per maand.',
    {
      roles: ['logistics coordinator', 'warehouse supervisor'],
      locations: [{ city: 'Rotterdam', country: 'NL' }],
      minSalary: { amount: 3200, currency: 'EUR', period: 'month' },
    },
  ],
  [
    'Staff engineer (backend), Bay Area on-site or remote anywhere in the US. Comp floor $300k TC. Not Google, Meta, or Amazon — done with big tech.',
    {
      roles: ['backend engineer'],
      seniority: { min: 'staff', max: 'staff' },
      locations: [{ city: 'San Francisco', country: 'US' }],
      workModels: ['onsite', 'remote'],
      remoteFrom: ['US'],
      minSalary: { amount: 300000, currency: 'USD', period: 'year' },
      excludedCompanies: ['Google', 'Meta', 'Amazon'],
    },
  ],
  [
    'Mid data scientist, Bangalore only, hybrid, 30 LPA, skip anything posted over a month ago, no edtech or gaming',
    {
      roles: ['data scientist'],
      seniority: { min: 'mid', max: 'mid' },
      locations: [{ city: 'Bengaluru', country: 'IN' }],
      workModels: ['hybrid'],
      minSalary: { amount: 3000000, currency: 'INR', period: 'year' },
      maxAgeDays: 30,
      excludedIndustries: ['edtech', 'gaming'],
    },
  ],
  [
    "Physiotherapist seeking full-time work in Dublin or Galway; €50k. I'm Irish so no visa issues.",
    {
      roles: ['physiotherapist'],
      locations: [{ city: 'Dublin', country: 'IE' }],
      minSalary: { amount: 50000, currency: 'EUR', period: 'year' },
      employmentTypes: ['full-time'],
      needsVisaSponsorship: false,
    },
  ],
  [
    'Product owner, Brussels or Antwerp, hybrid. €5.500 gross per month. Avoid public sector and telcos.',
    {
      roles: ['product owner'],
      locations: [
        { city: 'Brussels', country: 'BE' },
        { city: 'Antwerp', country: 'BE' },
      ],
      workModels: ['hybrid'],
      minSalary: { amount: 5500, currency: 'EUR', period: 'month' },
      excludedIndustries: ['government', 'telecom'],
    },
  ],
  [
    'Looking for my first job as a junior web developer, remote from Poland or on-site in Wrocław. 8000 PLN brutto miesięcznie.',
    {
      roles: ['web developer'],
      seniority: { min: 'junior', max: 'junior' },
      locations: [{ city: 'Wroclaw', country: 'PL' }],
      workModels: ['remote', 'onsite'],
      remoteFrom: ['PL'],
    },
  ],
  [
    'ML researcher, London or Paris, hybrid. Not interested in defense, surveillance or adtech. I need sponsorship for the UK but not for France.',
    {
      roles: ['ml researcher'],
      locations: [
        { city: 'London', country: 'GB' },
        { city: 'Paris', country: 'FR' },
      ],
      workModels: ['hybrid'],
      excludedIndustries: ['defense', 'adtech'],
      needsVisaSponsorship: true,
    },
  ],
];

describe('readings of held-out preference texts', () => {
  it.each(CASES)('%p', (text, expected) => {
    const reading = comparable(readingOf(prefsFromText(text)) as unknown as Record<string, unknown>);
    const wanted = comparable(expected);
    for (const key of Object.keys(expected)) expect({ [key]: reading[key] }).toEqual({ [key]: wanted[key] });
  });
});
