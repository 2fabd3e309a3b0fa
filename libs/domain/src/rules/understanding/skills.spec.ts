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

  it('reads skills outside tech: clinical, teaching, accounting, legal and operations', () => {
    expect(extractSkills('Skills: Epic EHR, BLS, ACLS, patient care, IV therapy, triage')).toEqual([
      'Epic EHR',
      'BLS',
      'ACLS',
      'Patient Care',
      'IV Therapy',
      'Triage',
    ]);
    expect(extractSkills('US GAAP and IFRS reporting in QuickBooks and SAP FICO; bank reconciliations')).toEqual([
      'GAAP',
      'IFRS',
      'QuickBooks',
      'SAP FICO',
      'Account Reconciliation',
    ]);
    expect(extractSkills('Lesson planning, classroom management, TEFL')).toEqual([
      'Lesson Planning',
      'Classroom Management',
      'ESL Teaching',
    ]);
    expect(extractSkills('Contract review, legal research on Westlaw')).toEqual([
      'Contract Drafting',
      'Legal Research',
      'Westlaw',
    ]);
    expect(extractSkills('Inventory control, Lean Six Sigma, customer service')).toEqual([
      'Inventory Management',
      'Lean Six Sigma',
      'Customer Service',
    ]);
  });

  it.each([
    ['Epic Systems (EHR) and Epic (EHR)', 'Epic EHR'],
    ['Charted in Epic (EHR)', 'Epic EHR'],
  ])('reads %p as %s', (text, skill) => {
    expect(has(text, skill)).toBe(true);
  });

  it.each([
    ['An epic journey; Epic Games', 'Epic EHR'],
    ['BLSX tooling and bls data', 'BLS'],
    ['Bug triage and incident triage', 'Triage'],
    ['Keep the team lean', 'Lean Six Sigma'],
    ['Joined SAP in Walldorf', 'SAP'],
    ['Featured in Bloomberg and Reuters', 'Bloomberg Terminal'],
    ['Set up ESLint', 'ESL Teaching'],
    ['Amartya Sen wrote about it', 'Special Education'],
    ['Monsoon Logistics is hiring', 'Logistics Management'],
  ])('does not read a skill in %p (%s)', (text, skill) => {
    expect(has(text, skill)).toBe(false);
  });

  it('returns nothing for empty text', () => {
    expect(extractSkills('')).toEqual([]);
  });
});
