import { excludedRolesFrom } from './prefs-excluded-roles';
import { negatedSpans } from './prefs-negation';
import { normalisePrefsText } from './prefs-normalise';
import { wishedRolesFrom } from './prefs-wished-roles';

const wished = (raw: string) => {
  const text = normalisePrefsText(raw);
  return wishedRolesFrom(text, negatedSpans(text));
};
const refused = (raw: string) => {
  const text = normalisePrefsText(raw);
  return excludedRolesFrom(text, negatedSpans(text));
};

describe('wished roles', () => {
  it.each([
    // background gives way to what is asked for
    ["I've spent four years as a QA engineer and now want to move into DevOps roles", ['devops engineer']],
    ['Teacher for 10 years, looking to transition into instructional designer positions', ['instructional designer']],
    ['I was a nurse; now looking for clinical research associate jobs', ['clinical research associate']],
    // … and stands when nothing else is asked for
    ["I'm a paramedic with 6 years experience, looking in Leeds", ['paramedic']],
    // a wish between "I'm" and the role is no background; a self-introduction opening the text gives way
    ["I'm hoping to find store manager roles. I'm a retail supervisor.", ['store manager']],
    ['Junior copywriter at a small agency. Now seeking content strategist roles in Lisbon', ['content strategist']],
    ['Junior copywriter, Lisbon or remote', ['copywriter']],
    ['Ex-army vehicle mechanic, now a qualified HGV mechanic. Leeds.', ['hgv mechanic']],
    // corrections
    ['frontend roles, or rather mobile roles', ['mobile engineer']],
    ['Data analyst — no wait, make that BI developer', ['bi developer']],
    ['Java developer -> solutions architect', ['solutions architect']],
    // notes and abbreviations
    ['sr android, blr', ['android engineer']],
    ['staff/principal infra', ['infrastructure engineer']],
    ['Backend / platform', ['backend engineer', 'platform engineer']],
    ['Kotlin or Java backend roles', ['backend engineer']],
    ['UI/UX designer', ['ui/ux designer']],
    ['HRBP or SDR', ['hr business partner', 'sales development representative']],
    ['customer support rep', ['customer support representative']],
    ['head chef or sous chef', ['head chef', 'sous chef']],
    ['backend/python, remote', ['backend engineer']],
    ['mid-senior backend', ['backend engineer']],
    ['Data scientist roles: product analytics, experimentation or applied ML', ['data scientist']],
    ['Just data engineering, anywhere in Canada', ['data engineer']],
    ['VP Engineering or CTO roles', ['vp of engineering', 'chief technology officer']],
    // experience between the role and the wish is the person's present
    ['Staff accountant, 5 yrs, looking for financial controller roles', ['financial controller']],
    // a field after "<role word> in", a subject after "of", client-facing work, a speciality beside a whole role
    ['I want a placement year job in data science, Leeds', ['data scientist']],
    ['Professor of economics in Glasgow', ['economics professor']],
    ['Teacher of chemistry, Leeds', ['chemistry teacher']],
    ['client success or customer care, remote', ['client success', 'customer care']],
    ['SRE/infra, remote EU', ['site reliability engineer', 'infrastructure engineer']],
    ['BDR/PM', ['business development representative', 'product manager']],
    // a visa is no role; the work model qualifies nothing
    ['machine operative, would need a skilled worker visa', ['machine operative']],
    ['work from home customer service jobs', ['customer service']],
    ['head of data platform', ['head of data platform']],
    ['Staff engineer (backend), Seattle', ['backend engineer']],
    ['I have experience with backend and databases', []],
    ['mobile dev (Flutter, Kotlin)', ['mobile developer']],
    // people, not wishes
    ['my recruiter friend says I should list a Go developer role', ['go developer']],
    ['I want to lead a team of 8 engineers as an engineering manager', ['engineering manager']],
  ])('%p → %j', (text, roles) => {
    expect(wished(text)).toEqual(roles);
  });
});

describe('excluded roles', () => {
  it.each([
    // A field named with a role word is a kind of work refused.
    ['no QA or support roles', ['qa engineer', 'support']],
    ['Please, no sales jobs or cold calling', ['sales']],
    ['so no AE jobs', ['account executive']],
    ['no night shift jobs, no temp work, no remote roles', []],
    ['not interested in line management', ['engineering manager']],
    ["I'd like to stay an IC", ['engineering manager']],
    ["Don't want sales representative or account manager jobs", ['sales representative', 'account manager']],
    [
      'No backend, infra or people-management positions',
      ['backend engineer', 'infrastructure engineer', 'engineering manager'],
    ],
    ['no travel nurse agencies', []],
    ['no senior roles', []],
    // The work names its worker; an aside is no part of the role; "no more" refuses, "no more than" does not.
    ['no more bookkeeping, and no tutoring jobs', ['bookkeeper', 'tutor']],
    ["I'm finished with long-haul driving — not going back to it", ['long-haul driver']],
    ["don't want PM (roadmap-only) roles", ['product manager']],
    ['no banking or marketing roles', ['marketing']],
    ['nothing older than a week, no more than 3 interviews', []],
  ])('%p → %j', (text, roles) => {
    expect(refused(text)).toEqual(roles);
  });
});
