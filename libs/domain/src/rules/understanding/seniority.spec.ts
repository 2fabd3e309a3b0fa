import { seniorityFromTitle, seniorityFromYears, yearsAsked } from './seniority';

describe('seniorityFromTitle', () => {
  it.each([
    ['Software Engineering Intern', 'intern'],
    ['Summer Internship - Data', 'intern'],
    ['Junior Developer', 'junior'],
    ['Associate Software Engineer', 'junior'],
    ['Graduate Engineer', 'junior'],
    ['Entry-Level Analyst', 'junior'],
    ['Software Engineer I', 'junior'],
    ['Software Engineer II', 'mid'],
    ['Mid-level Backend Developer', 'mid'],
    ['Senior Software Engineer', 'senior'],
    ['Sr. Backend Engineer', 'senior'],
    ['Software Development Engineer III', 'senior'],
    ['Tech Lead, Payments', 'senior'],
    ['Engineering Manager', 'senior'],
    ['Staff Engineer', 'staff'],
    ['Principal Engineer', 'principal'],
    ['Distinguished Engineer', 'principal'],
    ['Head of Engineering', 'director'],
    ['Director of Product', 'director'],
    ['VP Engineering', 'director'],
    ['Vice President, Sales', 'director'],
    ['CTO', 'executive'],
    ['Chief Technology Officer', 'executive'],
    ['Senior Product Manager', 'senior'],
    ['Associate Product Manager', 'junior'],
  ])('%p → %s', (title, level) => {
    expect(seniorityFromTitle(title)).toBe(level);
  });

  it.each(['Software Engineer', 'Product Manager', 'Backend Developer', ''])('%p says nothing', (title) => {
    expect(seniorityFromTitle(title)).toBeNull();
  });

  it('does not read "Engineer II" as junior', () => {
    expect(seniorityFromTitle('Data Engineer II')).toBe('mid');
  });
});

describe('seniorityFromYears', () => {
  it.each([
    [0, 'junior'],
    [1.5, 'junior'],
    [3, 'mid'],
    [6, 'senior'],
    [12, 'senior'],
    [25, 'senior'],
  ])('%p years → %s', (years, level) => {
    expect(seniorityFromYears(years)).toBe(level);
  });
});

describe('yearsAsked', () => {
  it.each([
    ['- 3+ years of professional experience in a similar role', 3],
    ['At least 4 years’ experience shipping web apps', 4],
    ['3-5 years of hands-on backend experience', 3],
    ['Minimum of 6 yrs experience', 6],
    ['5+ years of software engineering experience\n- 2+ years of experience with Go', 5],
    ['8 years in a similar role', 8],
  ])('%p → %p', (text, years) => {
    expect(yearsAsked(text)).toBe(years);
  });

  it.each([
    'We build payments infrastructure.',
    'Founded 30 years ago with 40 years of experience in logistics',
    'Our 5 year plan',
    'Parental leave after 1 year',
  ])('%p asks for no years', (text) => {
    expect(yearsAsked(text)).toBeNull();
  });
});
