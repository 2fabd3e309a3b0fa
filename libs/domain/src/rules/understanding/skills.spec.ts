import { canonicalSkill, extractSkills, SKILL_TAXONOMY } from './skills';

describe('skill taxonomy', () => {
  it('has a broad set of canonical skills', () => {
    expect(Object.keys(SKILL_TAXONOMY).length).toBeGreaterThanOrEqual(250);
  });

  it.each([
    ['k8s', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['psql', 'PostgreSQL'],
    ['TS', 'TypeScript'],
    ['JS', 'JavaScript'],
    ['Golang', 'Go'],
    ['node', 'Node.js'],
    ['nodejs', 'Node.js'],
    ['NodeJS', 'Node.js'],
    ['React.js', 'React'],
    ['ReactJS', 'React'],
    ['GCP', 'Google Cloud'],
    ['Amazon Web Services', 'AWS'],
    ['sklearn', 'scikit-learn'],
    ['machine-learning', 'Machine Learning'],
    ['c++', 'C++'],
    ['c#', 'C#'],
    ['.net core', '.NET'],
  ])('canonicalSkill(%s) = %s', (alias, canonical) => {
    expect(canonicalSkill(alias)).toBe(canonical);
  });

  it('returns null for unknown names', () => {
    expect(canonicalSkill('basket weaving')).toBeNull();
    expect(canonicalSkill('  ')).toBeNull();
  });
});

describe('extractSkills', () => {
  const has = (text: string, skill: string) => extractSkills(text).includes(skill);

  it('keeps first-seen order and canonical names', () => {
    expect(extractSkills('Built with ReactJS, node and Postgres on k8s; also React again')).toEqual([
      'React',
      'Node.js',
      'PostgreSQL',
      'Kubernetes',
    ]);
  });

  it.each([
    'We are good at what we do',
    'Own our go-to-market motion',
    'Go to market fast',
    'You will go beyond the spec',
    'Go ahead and apply',
    'GO TEAM',
  ])('does not read Go in %p', (text) => {
    expect(has(text, 'Go')).toBe(false);
  });

  it.each([
    'Python, Go, Rust',
    'Senior Go Engineer',
    'services written in Go.',
    'Go/Python backends',
    'Golang microservices',
    'Go and Kotlin',
  ])('reads Go in %p', (text) => {
    expect(has(text, 'Go')).toBe(true);
  });

  it('does not read Java inside JavaScript', () => {
    expect(extractSkills('Strong JavaScript skills')).toEqual(['JavaScript']);
    expect(extractSkills('Java and JavaScript')).toEqual(['Java', 'JavaScript']);
  });

  it.each([
    ['R&D team', 'R'],
    ['Series C funding', 'C'],
    ['C-level stakeholders', 'C'],
    ['Swift execution matters', 'Swift'],
    ['Rust belt manufacturing', 'Rust'],
    ['Spring 2025 internship', 'Spring'],
    ['Express your ideas clearly', 'Express.js'],
    ['each node in the cluster', 'Node.js'],
    ['react to incidents quickly', 'React'],
    ['rest of the team', 'REST APIs'],
    ['excel at communication', 'Excel'],
    ['Find us on github.com/acme', 'Git'],
    ['Vitamin C', 'C'],
    ['Microsoft(R) Windows', 'R'],
  ])('does not read a skill in %p (%s)', (text, skill) => {
    expect(has(text, skill)).toBe(false);
  });

  it.each([
    ['Python, R, SQL', 'R'],
    ['analysis in R and Python', 'R'],
    ['C, C++ and Rust', 'C'],
    ['embedded C/C++', 'C++'],
    ['Swift, Kotlin', 'Swift'],
    ['Spring Boot services', 'Spring Boot'],
    ['Spring, Hibernate', 'Spring'],
    ['Node, Express, MongoDB', 'Express.js'],
    ['Node.js services', 'Node.js'],
    ['C# and .NET', 'C#'],
    ['C# and .NET', '.NET'],
    ['ASP.NET MVC', 'ASP.NET'],
    ['HTML/CSS', 'CSS'],
    ['Scikit-learn, Keras', 'scikit-learn'],
    ['Advanced Excel', 'Excel'],
    ['UI/UX', 'UX Design'],
    ['RESTful APIs', 'REST APIs'],
  ])('reads %p as %s', (text, skill) => {
    expect(has(text, skill)).toBe(true);
  });

  it('does not read ASP.NET as .NET plus ASP', () => {
    expect(extractSkills('ASP.NET Core')).toEqual(['ASP.NET']);
  });

  it('returns nothing for empty text', () => {
    expect(extractSkills('')).toEqual([]);
  });
});
