import type { SearchPreferences } from '@job-hunter/domain';
import { prefsFromText } from './prefs-text.rules';

/** The parts of a parse the filters and the score use, in a form that is easy to state exactly. */
function summary(p: SearchPreferences) {
  return {
    roles: p.roles,
    levels: [p.seniorityMin, p.seniorityMax],
    places: p.locations.map((l) => l.city ?? l.region ?? l.country),
    scopes: p.remoteScopes,
    models: p.workModels,
    pay: p.minSalary && [p.minSalary.amount, p.minSalary.currency, p.minSalary.period],
    days: p.maxAgeDays,
    exclude: [...p.excludedCompanies, ...p.excludedTitles, ...p.excludedIndustries],
    skills: p.skills,
  };
}

describe('prefsFromText on preferences written in different styles', () => {
  it.each([
    [
      'Senior or staff backend or platform engineering roles. I live in Bengaluru: open to hybrid or onsite in Bengaluru, or remote within India; remote roles open worldwide are fine too. Minimum 45 LPA. Only jobs posted in the last 60 days. Not interested in crypto or web3 companies. Full-time only.',
      {
        roles: ['backend engineer', 'platform engineer'],
        levels: ['senior', 'staff'],
        places: ['Bengaluru'],
        scopes: ['IN'],
        // Every model named: on site or hybrid in Bengaluru, or remote.
        models: ['remote', 'hybrid', 'onsite'],
        pay: [4500000, 'INR', 'year'],
        days: 60,
        exclude: ['crypto'],
        skills: [],
      },
    ],
    [
      'Remote EU, senior Python, €80k+',
      { roles: [], levels: ['senior', 'senior'], places: [], scopes: ['EU'], models: ['remote'] },
    ],
    [
      'Staff SWE, NYC or remote (US), $200k+ base',
      {
        roles: ['software engineer'],
        levels: ['staff', 'staff'],
        places: ['New York'],
        scopes: ['US'],
        models: ['remote', 'hybrid', 'onsite'],
      },
    ],
    [
      'Looking for SDE-2/SDE-3 roles in Hyderabad or Pune, 30+ LPA, product companies only',
      {
        roles: ['software engineer'],
        levels: ['mid', 'senior'],
        places: ['Hyderabad', 'Pune'],
        scopes: [],
        models: [],
        pay: [3000000, 'INR', 'year'],
        exclude: [],
      },
    ],
    [
      'Senior frontend developer in Berlin or Munich, hybrid ok, no onsite. React and TypeScript. At least €75k. No agencies, no Java.',
      {
        roles: ['frontend developer'],
        places: ['Berlin', 'Munich'],
        scopes: [],
        models: ['remote', 'hybrid'],
        pay: [75000, 'EUR', 'year'],
        skills: ['React', 'TypeScript'],
      },
    ],
    [
      '- Data scientist or ML engineer\n- London or remote UK\n- £90k+\n- no gambling, no adtech\n- posted within 2 weeks',
      {
        roles: ['data scientist', 'ml engineer'],
        places: ['London'],
        scopes: ['GB'],
        // "A city, or remote" with no office arrangement accepts all three (the reading contract).
        models: ['remote', 'hybrid', 'onsite'],
        pay: [90000, 'GBP', 'year'],
        days: 14,
        exclude: ['gambling', 'adtech'],
      },
    ],
    [
      '## What I want\n* Roles: Site Reliability Engineer, Platform Engineer\n* Where: Toronto (hybrid) or remote Canada\n* Comp: CAD 170k+\n* Posted: last 3 weeks\n* Avoid: Amazon, Meta',
      {
        roles: ['site reliability engineer', 'platform engineer'],
        places: ['Toronto'],
        scopes: ['CA'],
        models: ['remote', 'hybrid'],
        pay: [170000, 'CAD', 'year'],
        days: 21,
        exclude: ['Amazon', 'Meta'],
      },
    ],
    [
      'I am a product manager looking for senior PM roles in Toronto or Vancouver, or remote in Canada. CAD 150k minimum. Avoid Shopify.',
      {
        roles: ['product manager'],
        levels: ['senior', 'senior'],
        places: ['Toronto', 'Vancouver'],
        scopes: ['CA'],
        pay: [150000, 'CAD', 'year'],
        exclude: ['Shopify'],
      },
    ],
    [
      'Mid-level DevOps / SRE positions, remote anywhere is fine. No PHP. Contract or full-time.',
      {
        roles: ['devops engineer', 'site reliability engineer'],
        levels: ['mid', 'mid'],
        places: [],
        scopes: ['WORLD'],
        models: ['remote'],
        skills: ['DevOps', 'Site Reliability Engineering'],
      },
    ],
    [
      'Principal engineer or architect, Amsterdam hybrid, global remote ok. €120k. I need visa sponsorship.',
      { roles: ['engineer', 'architect'], places: ['Amsterdam'], scopes: ['NL'], models: ['remote', 'hybrid'] },
    ],
    [
      'Junior data analyst jobs in Mumbai or Delhi NCR, 8-12 LPA, freshers welcome, last 30 days',
      {
        roles: ['data analyst'],
        levels: ['junior', 'junior'],
        places: ['Mumbai', 'Delhi'],
        pay: [800000, 'INR', 'year'],
        days: 30,
      },
    ],
    [
      "Hi! I'm a senior data engineer (Spark, Airflow, dbt). Ideally remote in Germany or hybrid in Hamburg. Salary 85.000 € minimum.",
      {
        roles: ['data engineer'],
        places: ['Hamburg'],
        scopes: ['DE'],
        models: ['remote', 'hybrid'],
        pay: [85000, 'EUR', 'year'],
        skills: ['Apache Spark', 'Airflow', 'dbt'],
      },
    ],
    [
      'Open to: Backend (Go/Rust), Infra. Locations: Bangalore, Hyderabad. Remote OK within India. CTC expectation 60 LPA+. Not looking at service companies like TCS, Infosys or Wipro.',
      {
        places: ['Bengaluru', 'Hyderabad'],
        scopes: ['IN'],
        models: [],
        pay: [6000000, 'INR', 'year'],
        exclude: ['TCS', 'Infosys', 'Wipro'],
      },
    ],
    [
      'Remote-only. US-based (Austin, TX). Senior or Staff frontend engineer roles, React/TypeScript. $180k minimum. Jobs from the last 2 weeks only. Not interested in gambling or defense.',
      {
        roles: ['frontend engineer'],
        levels: ['senior', 'staff'],
        // The city in brackets is where the person lives; a remote-only search has no office place.
        places: [],
        scopes: ['US'],
        models: ['remote'],
        days: 14,
        exclude: ['gambling', 'defense'],
      },
    ],
    [
      'Machine learning engineer / applied scientist, London or Cambridge UK, hybrid, £100k+, visa sponsorship required.',
      {
        roles: ['machine learning engineer', 'applied scientist'],
        places: ['London', 'Cambridge'],
        scopes: [],
        models: ['hybrid'],
        pay: [100000, 'GBP', 'year'],
      },
    ],
    [
      'Lead product designer, remote (EMEA), avoid agencies, €90k',
      { roles: ['product designer'], levels: ['staff', 'staff'], places: [], scopes: ['EMEA'], models: ['remote'] },
    ],
  ])('%p', (text, expected) => {
    expect(summary(prefsFromText(text))).toMatchObject(expected);
  });

  it('never prefers a skill that is only refused', () => {
    const p = prefsFromText(
      'No Java roles. Not Java. Avoid PHP. I like Go and Rust; not interested in crypto or web3.',
    );
    expect(p.skills).toEqual(['Go', 'Rust']);
    expect(p.excludedTitles).toEqual(['java']);
    expect(p.roles).toEqual([]);
  });

  it('reads a city named with its country as one place', () => {
    const p = prefsFromText('Hybrid in Cambridge, UK or Bengaluru India');
    expect(p.locations).toMatchObject([
      { city: 'Cambridge', country: 'GB' },
      { city: 'Bengaluru', country: 'IN' },
    ]);
  });
});
