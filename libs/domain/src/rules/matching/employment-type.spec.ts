import { employmentTypeFromText, jobEmploymentType } from './employment-type';

describe('employmentTypeFromText', () => {
  it.each([
    ['Frontend Developer', 'This is a 6-month contract with a possible extension.', 'contract'],
    ['Data Engineer', 'A twelve month fixed-term contract, hybrid in Leeds.', 'contract'],
    ['Backend Engineer', 'This is a contract role; you will invoice monthly.', 'contract'],
    ['QA Engineer', 'Contract-to-hire after 3 months.', 'contract'],
    ['Designer', 'You will join us as an independent contractor.', 'contract'],
    ['Copywriter', 'Paid on a freelance basis per article.', 'contract'],
    ['Analyst', 'Temporary position covering a parental leave.', 'contract'],
    ['Product Designer (Contract)', 'Join our design team.', 'contract'],
    ['Contract - React Developer', 'Join our design team.', 'contract'],
    ['Freelance Illustrator', '', 'contract'],
    ['Support Agent', 'This is a part-time position, 20 hours a week.', 'parttime'],
    ['Part-Time Tutor', '', 'parttime'],
    ['Software Engineering Intern', '', 'internship'],
    ['Data Science', 'This internship lasts 6 months.', 'internship'],
  ])('%s / %s → %s', (title, description, type) => {
    expect(employmentTypeFromText(title, description)).toBe(type);
  });

  it.each([
    ['Smart Contract Engineer', 'Write and audit smart contracts in Solidity.'],
    ['Procurement Manager', 'Own contract negotiation and contract management with vendors.'],
    ['Contract Manager', 'Review supplier contracts; this is a permanent role.'],
    ['Backend Engineer', 'Define API contracts and data contracts between services.'],
    ['Engineering Manager', 'Manage a team of employees and contractors; mentor our interns.'],
    ['Recruiter', 'Run our internship program and hire summer interns.'],
    ['Data Scientist', 'You have completed an internship in analytics. Full-time, permanent.'],
    ['Intern Program Manager', 'Own the early-careers programme.'],
    ['Temporary Works Engineer', 'Design temporary works for construction sites.'],
    ['Backend Engineer', 'We offer flexible hours and part-time options for parents.'],
  ])('%s / %s → unknown', (title, description) => {
    expect(employmentTypeFromText(title, description)).toBeNull();
  });
});

describe('jobEmploymentType', () => {
  it("prefers the board's field and reads the text only without one", () => {
    const text = { title: 'Backend Engineer', description: 'A 6-month contract.' };
    expect(jobEmploymentType({ ...text, employmentType: 'Full-time' })).toBe('fulltime');
    expect(jobEmploymentType({ ...text, employmentType: 'Other' })).toBe('contract');
    expect(jobEmploymentType(text)).toBe('contract');
  });
});
