import { negatedSpans } from './prefs-negation';
import { rolesFrom } from './prefs-role-mentions';

const roles = (text: string) => rolesFrom(text, negatedSpans(text));

describe('rolesFrom', () => {
  it.each([
    ['Senior or staff backend or platform engineering roles.', ['backend engineer', 'platform engineer']],
    ['Looking for backend or platform roles', ['backend engineer', 'platform engineer']],
    ['Data scientist or ML engineer', ['data scientist', 'ml engineer']],
    ['roles: data engineer, analytics engineer', ['data engineer', 'analytics engineer']],
    ['Senior iOS or Android engineer', ['ios engineer', 'android engineer']],
    ['Staff SWE, NYC or remote (US)', ['software engineer']],
    ['SDE-2/SDE-3 roles in Hyderabad', ['software engineer']],
    ['Mid-level DevOps / SRE positions', ['devops engineer', 'site reliability engineer']],
    ['I am a product manager looking for senior PM roles', ['product manager']],
    ['product management or product design roles', ['product manager', 'product designer']],
    ['Engineering manager roles (backend teams)', ['engineering manager']],
    ['Tech lead or staff engineer', ['tech lead', 'engineer']],
    ['Lead back-end developers wanted', ['backend developer']],
    ['full-stack developer positions using React', ['full-stack developer']],
    ['Want a job as a QA engineer in Chennai', ['qa engineer']],
    ['Machine learning engineer / applied scientist', ['machine learning engineer', 'applied scientist']],
    ['Python or Go developer', ['python developer', 'go developer']],
    ['Principal engineer or architect', ['engineer', 'architect']],
    // Roles outside tech and casual short forms read from the shared role-noun vocabulary.
    ['Registered nurse roles in Boston', ['registered nurse']],
    ['Head of Growth roles', ['head of growth']],
    ['VP of Engineering or Director of Engineering', ['vp of engineering', 'director of engineering']],
    ['Head of Data in London, not head of sales', ['head of data']],
    ['teacher in Dublin', ['teacher']],
    ['Backend dev', ['backend developer']],
    ['Java devs wanted', ['java developer']],
    ['Senior accountant or financial analyst', ['accountant', 'financial analyst']],
    ['Paralegal or legal assistant jobs', ['paralegal', 'legal assistant']],
    ['Pharmacists, physical therapists', ['pharmacist', 'physical therapist']],
    ['Sales agent or account executive', ['sales agent', 'account executive']],
    ['Nurse practitioner or software engineer intern', ['nurse practitioner', 'software engineer intern']],
    // Clipped nouns and qualifiers are spelt out; credentials, licence classes and a role's area are no new role.
    ['Licensed vet tech in Tulsa', ['vet technician']],
    ['tech lead roles, nothing in big tech', ['tech lead']],
    ['Physios wanted in Perth', ['physiotherapist']],
    ['mech eng or elec engineer jobs', ['mechanical engineer', 'electrical engineer']],
    ['IT helpdesk analyst roles', ['it helpdesk analyst']],
    ['Category 2 bus driver', ['bus driver']],
    ['a civil engineer position in design or construction', ['civil engineer']],
    // professions from the occupation catalogue
    ['Roofer or solar panel installer work near Fresno', ['roofer', 'solar panel installer']],
    ['green card holder, want sonographer jobs', ['sonographer']],
    // after a modal or a subject a role noun is a verb
    ["I can't really teach online; want tutor roles", ['tutor']],
    ['We cook for weddings. Looking for baker jobs', ['baker']],
  ])('%p → %j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    'I live in Bengaluru: open to hybrid or onsite in Bengaluru, or remote within India; remote roles open worldwide are fine too.',
    'Only jobs posted in the last 60 days. Minimum 45 LPA. Full-time only.',
    'Remote EU, senior Python, €80k+',
    'Not interested in crypto or web3 companies',
    'No manager roles, not interested in Java or .NET roles',
    'product companies only',
    'I have experience in data science',
    'Lead generation and growth marketing',
    'Head of the household, director of nothing',
    // Nouns that need a qualifier are levels or everyday words alone.
    'Associate or assistant level, open to any agent work',
  ])('finds no role in %p', (text) => {
    expect(roles(text)).toEqual([]);
  });
});
