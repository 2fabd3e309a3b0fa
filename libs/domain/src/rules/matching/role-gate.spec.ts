import { buildRoleGate, roleGateFor, rolesToJudge } from './role-gate';
import { prefs } from './matching.fixtures';
import { realCatalog } from './occupations.fixtures';

const gate = (roles: string[], excluded: string[] = []) => buildRoleGate(realCatalog(), roles, excluded);
const verdictOf = (g: ReturnType<typeof gate>, title: string) => g.verdict({ title });

describe('buildRoleGate: wanted roles', () => {
  const backend = gate(['backend engineer', 'platform engineer']);

  it('keeps the wanted occupations, their specialisations and what they accept', () => {
    for (const title of [
      'Senior Backend Engineer (Go)',
      'Senior Software Engineer, Backend',
      'Staff Software Engineer',
      'Senior Full-Stack Engineer',
      'Senior Platform Engineer',
      'Senior Site Reliability Engineer',
    ]) {
      expect([title, verdictOf(backend, title)]).toEqual([title, null]);
    }
  });

  it('drops other professions, tech and non-tech, as role', () => {
    for (const title of [
      'Videographer',
      'Fleet Maintenance Technician',
      'City Coordinator',
      'Technical Recruiter',
      'Senior Product Manager',
      'Account Executive',
      'Registered Nurse',
      'Senior Product Designer',
      'Senior iOS Engineer',
    ]) {
      expect([title, verdictOf(backend, title)]).toEqual([title, 'role']);
    }
  });

  it('admits the specialisations an accepted occupation takes itself, not those of a broader one', () => {
    // Platform engineers take infrastructure work, and infrastructure engineers take cloud work.
    expect(verdictOf(backend, 'Staff Infrastructure Engineer (GCP)')).toBeNull();
    expect(verdictOf(backend, 'Senior Cloud Engineer')).toBeNull();
    expect(verdictOf(gate(['backend engineer']), 'Staff Infrastructure Engineer (GCP)')).toBe('role');
    // "Software Engineer" is accepted as a title that may be backend work; its mobile kind is not.
    expect(verdictOf(backend, 'Software Engineer, Mobile')).toBe('role');
    expect(verdictOf(gate(['frontend engineer']), 'Software Engineer, Backend')).toBe('role');
  });

  it('reads non-tech wishes the same way', () => {
    const nurse = gate(['registered nurse']);
    expect(verdictOf(nurse, 'Staff Nurse - Med/Surg')).toBeNull();
    expect(verdictOf(nurse, 'Charge Nurse, Night Shift')).toBeNull();
    expect(verdictOf(nurse, 'Software Engineer')).toBe('role');
    expect(verdictOf(nurse, 'Pharmacy Technician')).toBe('role');
    const analyst = gate(['data analyst']);
    expect(verdictOf(analyst, 'Business Intelligence Analyst')).toBeNull();
    expect(verdictOf(analyst, 'Financial Analyst')).toBe('role');
  });

  it('keeps an unmapped title only when it shares a field word with a wanted role', () => {
    expect(verdictOf(backend, 'Backend Wizard')).toBeNull();
    expect(verdictOf(backend, 'Platform Ninja')).toBeNull();
    expect(verdictOf(backend, 'Open Application')).toBe('role');
    expect(verdictOf(backend, 'Chief Vibes Wizard')).toBe('role');
  });

  it('admits the titles holding every field word of a role the catalog does not know', () => {
    const g = gate(['zymurgy specialist']);
    expect(g.accepted).toEqual([]);
    expect(verdictOf(g, 'Senior Zymurgy Specialist')).toBeNull();
    expect(verdictOf(g, 'Backend Engineer')).toBe('role');
  });

  it('judges nothing when no role is known', () => {
    expect(verdictOf(gate([]), 'Videographer')).toBeNull();
  });

  it('uses an occupation already read onto the job instead of reading the title again', () => {
    expect(backend.verdict({ title: 'Anything', occupation: 'backend engineer' })).toBeNull();
    expect(backend.verdict({ title: 'Backend Anything', occupation: '' })).toBeNull();
    expect(backend.verdict({ title: 'Anything', occupation: 'registered nurse' })).toBe('role');
  });

  it('names what it admits, so a reader can check it', () => {
    expect(backend.accepted).toEqual(
      expect.arrayContaining(['backend engineer', 'software engineer', 'platform engineer']),
    );
    expect(backend.accepted).not.toContain('registered nurse');
  });
});

describe('buildRoleGate: excluded roles', () => {
  it('drops excluded occupations and their specialisations as excluded_role, before role', () => {
    const g = gate(['software engineer'], ['frontend engineer', 'engineering manager']);
    expect(verdictOf(g, 'Senior Frontend Engineer')).toBe('excluded_role');
    expect(verdictOf(g, 'Software Engineer, Frontend')).toBe('excluded_role');
    expect(verdictOf(g, 'Engineering Manager, Payments')).toBe('excluded_role');
    expect(verdictOf(g, 'Senior Backend Engineer')).toBeNull();
    expect(verdictOf(g, 'Account Executive')).toBe('role');
  });

  it('works without wanted roles, and for non-tech roles', () => {
    const g = gate([], ['medical representative']);
    expect(verdictOf(g, 'Medical Sales Representative')).toBe('excluded_role');
    expect(verdictOf(g, 'Pharmacist')).toBeNull();
  });

  it('drops titles holding every word of an excluded role the catalog does not know', () => {
    const g = gate([], ['zymurgy specialist']);
    expect(verdictOf(g, 'Zymurgy Specialist II')).toBe('excluded_role');
    expect(verdictOf(g, 'Zymurgy Lead')).toBeNull();
  });
});

describe('rolesToJudge', () => {
  it('takes the stated roles when the text names some', () => {
    expect(rolesToJudge(prefs({ roles: ['data scientist'] }), { titles: ['Barista', 'Cook'] })).toEqual([
      'data scientist',
    ]);
  });

  it('takes the two latest resume titles when the text names none', () => {
    expect(rolesToJudge(prefs({ roles: [] }), { titles: ['Data Analyst', 'Barista', 'Cook'] })).toEqual([
      'Data Analyst',
      'Barista',
    ]);
  });

  it('adds the title before the latest when the only role was filled from the latest title', () => {
    const p = prefs({ roles: ['data analyst'] });
    expect(rolesToJudge(p, { titles: ['Senior Data Analyst', 'Business Intelligence Analyst'] })).toEqual([
      'data analyst',
      'Business Intelligence Analyst',
    ]);
  });

  it('leaves out a title the person left long before their latest one', () => {
    const pm = {
      titles: ['Product Manager', 'Software Development Engineer III'],
      titleHistory: [
        { title: 'Product Manager', start: '2017-01', end: '2026-12', current: true },
        { title: 'Software Development Engineer III', start: '2012-01', end: '2016-12', current: false },
      ],
    };
    expect(rolesToJudge(prefs({ roles: [] }), pm)).toEqual(['Product Manager']);
    expect(rolesToJudge(prefs({ roles: ['product manager'] }), pm)).toEqual(['product manager']);
  });

  it('judges no profession by resume titles the catalog cannot read, but still the ruled-out roles', () => {
    const g = roleGateFor(realCatalog(), prefs({ roles: [], excludedRoles: ['engineering manager'] }), {
      titles: ['Chief Vibes Wizard'],
    });
    expect(g.verdict({ title: 'Videographer' })).toBeNull();
    expect(g.verdict({ title: 'Engineering Manager' })).toBe('excluded_role');
    // The same words written as a wish are judged by their words.
    const asked = roleGateFor(realCatalog(), prefs({ roles: ['chief vibes wizard'] }), {
      titles: ['Backend Engineer'],
    });
    expect(asked.verdict({ title: 'Videographer' })).toBe('role');
  });

  it('builds the gate from preferences and profile together', () => {
    const g = roleGateFor(realCatalog(), prefs({ roles: [], excludedRoles: ['engineering manager'] }), {
      titles: ['Backend Engineer'],
    });
    expect(g.roles).toEqual(['Backend Engineer']);
    expect(g.verdict({ title: 'Engineering Manager' })).toBe('excluded_role');
    expect(g.verdict({ title: 'Videographer' })).toBe('role');
  });
});
